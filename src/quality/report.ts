/**
 * quality.json and the few lines the CLI prints: the findings of src/quality as located diagnostics, counted
 * by rule. Pure: the caller locates the paths in the outline text and writes the file.
 */
import { overStrictLimits, RULES, toDiagnostics, type Finding, type RuleId } from './index.ts'
import type { Diagnostic } from '../types.ts'

/** Findings of one rule listed in full, at most: past it a rule is counted, not listed (an outline can be huge). */
export const MAX_LISTED_PER_RULE = 50

export interface QualityReport {
  /** Findings per rule, every rule listed (0 when clean). */
  counts: Record<RuleId, number>
  /** Findings counted but not listed in `findings` (over MAX_LISTED_PER_RULE for their rule). */
  unlisted: number
  /** Rules over the --strict limits. */
  overLimits: { ruleId: RuleId; count: number; limit: number }[]
  findings: Diagnostic[]
}

export function qualityReport(
  findings: Finding[],
  where: { outlineFile: string; locate: (paths: string[]) => Map<string, { line: number; column: number }> },
): QualityReport {
  const counts = Object.fromEntries(Object.keys(RULES).map((r) => [r, 0])) as Record<RuleId, number>
  for (const f of findings) counts[f.ruleId]++
  const listed = listedFindings(findings)
  const places = where.locate(listed.map((f) => f.path))
  const diagnostics = toDiagnostics(listed, where.outlineFile).map((d) => {
    const place = d.path ? places.get(d.path) : undefined
    return place ? { ...d, place } : d
  })
  return { counts, unlisted: findings.length - listed.length, overLimits: overStrictLimits(findings), findings: diagnostics }
}

/** The findings the report lists in full: the first MAX_LISTED_PER_RULE of each rule. */
export function listedFindings(findings: Finding[]): Finding[] {
  const seen = new Map<RuleId, number>()
  return findings.filter((f) => {
    const n = (seen.get(f.ruleId) ?? 0) + 1
    seen.set(f.ruleId, n)
    return n <= MAX_LISTED_PER_RULE
  })
}

/** At most a few lines: a clean bill, or the counts by rule and the first findings with their places. */
export function qualitySummary(report: QualityReport, file: string, shown = 3): string[] {
  const n = report.findings.length + report.unlisted
  if (n === 0) return [`✓ quality: no findings (${file})`]
  const byRule = Object.entries(report.counts)
    .filter(([, c]) => c > 0)
    .map(([r, c]) => `${r} ${c}`)
    .join(', ')
  const lines = [`! quality: ${n} finding${n > 1 ? 's' : ''} (${byRule}) → ${file}`]
  for (const d of report.findings.slice(0, shown)) {
    const place = d.place ? `:${d.place.line}:${d.place.column}` : ''
    lines.push(`  ${d.file}${place}  ${d.message}`)
  }
  if (n > shown) lines.push(`  … and ${n - shown} more in ${file}`)
  return lines
}
