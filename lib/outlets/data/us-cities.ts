/**
 * The city and county bodies US stories credit most: the police and fire departments of the largest cities,
 * their transit and port authorities, New York City's departments and Chicago's airports. Facts: each body's
 * own site; none for the bodies whose pages sit in a city portal (nyc.gov, houstontx.gov, denvergov.org).
 * Edit: one entry per body; the full name and the forms the press prints ("NYPD", "L.A. County Sheriff's
 * Department"). A department's name without its city ("Department of Transportation", "Police Department")
 * is left out on purpose: every city and state has one, and the story must say which.
 */

import type { OutletInput } from '../schema';

export default [
  // ── New York ──
  { id: 'us-nypd', name: 'New York City Police Department', aliases: ['NYPD', 'New York Police Department', 'New York City police', 'Sở Cảnh sát New York', 'Cảnh sát New York', 'Kepolisian New York', 'Полиция Нью-Йорка', '纽约警察局', '纽约市警察局', 'ニューヨーク市警'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-fdny', name: 'Fire Department of the City of New York', aliases: ['FDNY', 'New York City Fire Department', 'New York Fire Department', 'Sở Cứu hỏa New York', '纽约消防局'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-nyc-dot', name: 'New York City Department of Transportation', aliases: ['NYC Department of Transportation', 'NYC DOT', 'NYCDOT'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-nyc-dep', name: 'New York City Department of Environmental Protection', aliases: ['NYC Department of Environmental Protection', 'NYC DEP'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-nyc-ddc', name: 'New York City Department of Design and Construction', aliases: ['NYC Department of Design and Construction', 'NYC DDC'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-nyc-health', name: 'New York City Department of Health and Mental Hygiene', aliases: ['NYC Health Department', 'New York City Health Department', 'NYC Department of Health', 'New York City Department of Health'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-mta', name: 'Metropolitan Transportation Authority', aliases: ['New York MTA', 'Metropolitan Transportation Authority of New York'], domains: ['mta.info'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-panynj', name: 'Port Authority of New York and New Jersey', aliases: ['Port Authority of New York & New Jersey', 'PANYNJ'], domains: ['panynj.gov'], kind: 'government', country: 'US', languages: ['en'] },
  // ── Los Angeles ──
  { id: 'us-lapd', name: 'Los Angeles Police Department', aliases: ['LAPD', 'L.A. Police Department', 'Sở Cảnh sát Los Angeles', 'Cảnh sát Los Angeles', 'Полиция Лос-Анджелеса', '洛杉矶警察局'], domains: ['lapdonline.org'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-lafd', name: 'Los Angeles Fire Department', aliases: ['LAFD', 'L.A. Fire Department', 'Sở Cứu hỏa Los Angeles', '洛杉矶消防局'], domains: ['lafd.org'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-lasd', name: "Los Angeles County Sheriff's Department", aliases: ['LASD', "L.A. County Sheriff's Department", "Los Angeles County Sheriff's Office"], domains: ['lasd.org'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-cal-fire', name: 'California Department of Forestry and Fire Protection', aliases: ['Cal Fire', 'CAL FIRE', 'CalFire', 'Sở Phòng cháy và Lâm nghiệp California', '加州消防局'], domains: ['fire.ca.gov'], kind: 'government', country: 'US', languages: ['en'] },
  // ── Chicago ──
  { id: 'us-chicago-police', name: 'Chicago Police Department', aliases: ['Chicago police', 'Sở Cảnh sát Chicago', '芝加哥警察局'], domains: ['chicagopolice.org'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-chicago-aviation', name: 'Chicago Department of Aviation', aliases: ["Chicago's Department of Aviation"], domains: ['flychicago.com'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-cta', name: 'Chicago Transit Authority', aliases: [], domains: ['transitchicago.com'], kind: 'government', country: 'US', languages: ['en'] },
  // ── Other large cities ──
  { id: 'us-dc-police', name: 'Metropolitan Police Department of the District of Columbia', aliases: ['D.C. police', 'DC Metropolitan Police Department', 'D.C. Metropolitan Police Department'], domains: ['mpdc.dc.gov'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-philadelphia-police', name: 'Philadelphia Police Department', aliases: ['Philadelphia police'], domains: ['phillypolice.com'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-sfpd', name: 'San Francisco Police Department', aliases: ['SFPD', 'San Francisco police'], domains: ['sanfranciscopolice.org'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-lvmpd', name: 'Las Vegas Metropolitan Police Department', aliases: ['LVMPD', 'Las Vegas police', 'Las Vegas Metro Police'], domains: ['lvmpd.com'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-boston-police', name: 'Boston Police Department', aliases: ['Boston police'], domains: ['bpdnews.com'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-houston-police', name: 'Houston Police Department', aliases: ['Houston police'], kind: 'government', country: 'US', languages: ['en'] },
  { id: 'us-denver-police', name: 'Denver Police Department', aliases: ['Denver police'], kind: 'government', country: 'US', languages: ['en'] },
] satisfies OutletInput[];
