/** Telling a sentence in another language written in Latin script from an English one, by function words. */
import { describe, expect, it } from 'vitest'
import { inAnotherLanguage } from '../../src/language/other-language.ts'

describe('a sentence in another language', () => {
  it('is told in Spanish, French, Portuguese, German and Italian', () => {
    for (const s of [
      'Es lo último que faltaba que el imperialismo se quiera adueñar de Internet.',
      'Les familles malgaches ne possèdent pas de document foncier pour sécuriser leurs terres.',
      'A proposta do movimento é ser um agregador de informações e de manifestações na Internet e fora dela.',
      'Die Regierung hat sich nicht mit der Opposition auf einen Plan geeinigt.',
      'Il governo non ha ancora deciso che cosa fare della legge.',
    ])
      expect(inAnotherLanguage(s), s).toBe(true)
  })

  it('is not an English one with foreign names, a citation or a law\'s subsections', () => {
    for (const s of [
      'Marine Le Pen and Charles de Gaulle are names a French article gives in full.',
      'Rudolf, et al., v. Eli Lilly and Company, Civil Action No. 03-943 (E.D. Pa.).',
      '44 U.S.C. § 3553(d), (e)(2), (e)(3), (h)(1)(B).',
      'AI agents don’t go rogue.',
      'El Comercio and La Nación reported the vote on Sunday.',
    ])
      expect(inAnotherLanguage(s), s).toBe(false)
  })
})
