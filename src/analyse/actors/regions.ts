/**
 * Parts of the world: "the Pacific", "South Atlantic", "Latin America", "South American" (of "South American
 * nations"). A continent, an ocean or a world region, maybe after words of direction (data/actors.json
 * worldRegions, placeFirstWords, regionLeads), is no actor, and no state's name inside it is that state's mention.
 */
import { DATA } from '../data.ts'

const REGIONS = new Set<string>(DATA.actors.worldRegions)
const REGION_LEADS = new Set<string>([...DATA.actors.placeFirstWords, ...DATA.actors.regionLeads])

export function isRegion(name: string): boolean {
  const words = name.split(/\s+/)
  // ("West Bank" is a region's whole name, its word of direction included.)
  if (REGIONS.has(name)) return true
  let k = 0
  while (k < words.length - 1 && REGION_LEADS.has(words[k]!)) k++
  return REGIONS.has(words.slice(k).join(' '))
}

/** A word of direction that can open a region's name ("South" of "South American"). */
export const isRegionLead = (word: string): boolean => REGION_LEADS.has(word)
