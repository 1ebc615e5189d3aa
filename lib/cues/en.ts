/**
 * English attribution cues.
 * Source: wire and newspaper usage (AP Stylebook conventions, Reuters/AP/AFP copy, US and UK dailies),
 * checked against ../shared/reference/cues.md. English is also the fallback for every page, since wire copy
 * and credits ("Photo: X/Reuters") travel in English. Edit: one word, one sentence in test/cues/en.test.ts.
 */
import type { CueFileInput } from './schema';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** "a report released Monday by", "published on Tuesday by": the day the press puts between verb and agent. */
/**
 * A body's own numbers as the subject, in the plural ("BLS data show", "Eurostat figures indicate", "Census Bureau
 * estimates suggest"): the body's name stands right before the noun. A bare "show" is a TV programme's.
 */
const FIGURES_SHOW = ['', 'latest ', 'new ', 'preliminary ', 'official ', 'monthly ', 'weekly ', 'annual ', 'provisional ', 'revised '].flatMap((a) =>
  ['data', 'figures', 'numbers', 'statistics', 'estimates', 'records', 'projections', 'surveys'].flatMap((n) =>
    ['show', 'showed', 'indicate', 'indicated', 'suggest', 'suggested', 'reveal', 'revealed', 'released'].map((v) => `${a}${n} ${v}`)),
);
const dated = (verbs: string[]) => verbs.flatMap((v) => DAYS.flatMap((d) => [`${v} ${d} by`, `${v} on ${d} by`, `${v} last ${d} by`]));

export default {
  lang: 'en',
  name: 'English',
  script: 'latin',
  stopwords: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'he', 'she', 'his', 'her', 'they', 'at', 'by', 'this', 'from', 'have', 'has', 'had', 'be', 'are', 'were', 'not', 'but', 'which', 'said', 'would', 'will', 'an', 'their', 'been', 'who', 'its', 'both', 'all', 'many', 'several', 'some', 'other', 'most', 'two', 'three',
    // Words that open a clause, capitalized only where they open the sentence ("While scientists …", "Once
    // officers were in the area" names no one).
    'while', 'when', 'although', 'though', 'because', 'if', 'unless', 'whether', 'whereas', 'once', 'after', 'before', 'since', 'until'],
  // "according to Spotrac": one capitalized word no person's name in the article ends in (lib/detect/lone-name.ts).
  loneNameCues: ['according to'],
  cues: [
    { id: 'according', form: 'before', words: [...dated(['released', 'published', 'issued']), 'according to', 'as reported by', 'reported by', 'reported earlier by', 'earlier reported by', 'previously reported by', 'also reported by', ...dated(['reported']), 'as first reported by', 'first reported by', 'cited by', 'quoted by', 'released by', 'published by', 'issued by', 'provided by', 'compiled by', 'obtained by', 'seen by', 'in a statement from', 'a statement from', 'a statement by', 'statements by', 'statements from', 'a statement issued by', 'a joint statement by', 'in a report by', 'in a report from', 'a note from', 'a research note from', 'in a note from', 'a new report from', 'a report by', 'a report from', 'data from', 'figures from', 'numbers from', 'statistics from', 'estimates from', 'a survey by', 'a poll by', 'a study by', 'an analysis by', 'a study in', 'published in', 'courtesy of',
      // Court and agency papers by whom they come from: "according to a criminal complaint affidavit from the FBI".
      // A syndication line naming the site without an address: "This article originally appeared at The Aviationist".
      'originally appeared at',
      'affidavit from', 'complaint from', 'court filing from', 'indictment from', 'memo from', 'press release from', 'news release from', 'bulletin from', 'advisory from',
      // Research and material credited to a body: "new research from the Urban Institute shows", "Information from
      // the Associated Press was used in this report", "This article contains reporting from Reuters".
      'research by', 'research from', 'information from', 'material from', 'contains reporting from', 'includes reporting from',
      // "…, per the Census Bureau": online copy's short "according to" (a bare "per" is "per USD"); the report named again.
      'per the', 'per data from', 'per figures from', 'the report from', 'the report by', 'the statement from', 'the statement by',
      // A wire's or a pollster's own survey: "economists polled by Reuters expect", "analysts surveyed by Bloomberg".
      'polled by', 'surveyed by', 'a poll conducted by', 'a survey conducted by', 'the poll conducted by', 'the survey conducted by'] },
    { id: 'citing', form: 'before', words: ['citing', 'quoting'] },
    { id: 'told', form: 'before', words: ['in an op-ed in', 'an op-ed in', 'op-ed in', 'a column in', 'an essay in', 'a letter to', 'told', 'said in an interview with', 'in an interview with', 'speaking to', 'spoke to', 'spoke with', 'said to', 'in a statement to', 'statement to', 'statements to', 'confirmed to', 'wrote in', 'writing in',
    ], outletsOnly: true },
    // A reporter's outlet: "As Jane Roe reports for the BBC". After a pronoun, a biography's past employers.
    { id: 'reports-for', form: 'before', words: ['reports for', 'reported for', 'reporting for', 'writes for', 'wrote for', 'writing for'], outletsOnly: true, notAfter: ['he', 'she', 'they', 'i', 'we'] },
    // Sports and web copy pass a quote on with the outlet that printed it: '"We needed the win," Lynn said, via the
    // Los Angeles Times', 'Ruiz, via the Denver Post, said'. Only after a comma or a quote (not "flew to Rome via
    // Vienna", "sold via the club website") and only an outlet ("shared, via Twitter," credits no one).
    { id: 'via', form: 'before', afterQuote: true, outletsOnly: true, bodyOnly: true, words: ['via'] },
    // A journal named by its kind after a preposition, whatever verb stands before: "published online Monday in the
    // journal Ocean Letters", "in the December issue of the journal Harbor Reviews". Small-letter "journal" only
    // (the variants keep "in the Journal Sentinel" out).
    { id: 'journal', form: 'before', strong: true, words: ['in the journal', 'of the journal', 'in the journals', 'in the scientific journal', 'in the medical journal', 'in the peer-reviewed journal', 'in the academic journal', 'of the scientific journal', 'of the medical journal', 'of the peer-reviewed journal'] },
    { id: 'told-outlet', form: 'before', audience: true, words: ['to', 'on'], note: '"said Smith to Sky News", "she said on CNN": only an outlet the registry knows, right after a reporting verb and its subject' },
    { id: 'said-inverted', form: 'before', afterQuote: true, words: ['said', 'says', 'added', 'adds', 'reported', 'reports', 'announced', 'stated', 'noted', 'notes', 'wrote', 'writes', 'tweeted', 'explained', 'warned', 'warns'], note: '"…," said the ministry — verb before the name' },
    { id: 'said', form: 'after', words: ['said', 'says', 'say', 'reported', 'reports', 'report', 'has reported', 'first reported', 'announced', 'confirmed', 'told', 'added', 'stated', 'noted', 'wrote', 'tweeted', 'posted', 'estimated', 'estimates', 'warned', 'disclosed', 'revealed',  'quoted', 'cited', 'claimed', 'explained', 'predicted', 'forecast',  'contributed to this report', 'contributed to this story', 'contributed to this article', 'contributed reporting',
      // A warning is a statement: "the National Weather Service issued a warning", "the Met Office issued an alert".
      'issued a warning', 'issued warnings', 'issued an alert', 'issued an advisory', 'issued a notice', 'was first to report', 'was the first to report', 'were first to report', 'were the first to report', ...FIGURES_SHOW, 'denied', 'acknowledged', 'mentioned', 'pointed out', 'has pointed out', 'is concerned', 'indicated', 'signalled', 'signaled',
      // The present tense, as headlines, TV and wire leads write it: "the Japan Meteorological Agency forecasts heavy rain".
      'forecasts', 'warns', 'announces', 'confirms', 'claims', 'notes', 'writes', 'adds', 'explains', 'predicts', 'reveals', 'denies', 'insists', 'argues', 'urges', 'cautions', 'tweets',
      // Speech acts a body performs by a statement: "Twitter pledged to take action", "the union vowed to appeal".
      'pledged', 'vowed', 'urged', 'insisted', 'argued', 'accused', 'alleged', 'admitted', 'conceded', 'cautioned', 'stressed', 'emphasized', 'emphasised', 'reiterated', 'asserted', 'declared', 'countered', 'responded', 'replied', 'apologized', 'apologised', 'condemned', 'criticized', 'criticised', 'welcomed', 'demanded', 'called for', 'issued a statement', 'said in a statement', 'found that'],
      note: 'past and present: "the ministry said", "the Japan Meteorological Agency forecasts", "Twitter pledged"; the name must look like an organization' },
    {
      id: 'issued',
      form: 'after',
      words: ['showed', 'shows', 'show', 'released', 'published', 'has published', 'has released'],
      objects: ['that', 'statement', 'statements', 'report', 'reports', 'data', 'figures', 'numbers', 'statistics', 'estimates', 'estimate', 'survey', 'poll', 'study', 'analysis', 'findings', 'results', 'forecast', 'forecasts', 'projections', 'guidance', 'bulletin', 'notice', 'advisory', 'warning', 'update', 'details', 'information', 'document', 'documents', 'letter', 'memo', 'list', 'tally', 'count', 'assessment', 'review', 'audit', 'transcript', 'readout', 'release', 'press release', 'news release', 'census', 'index'],
      note: '"the ministry released figures", "the agency published a report", "a Reuters tally showed": what a body issues; "Hamas released two hostages", "Netflix shows are popular" credit no one',
    },
    {
      id: 'origin',
      form: 'before',
      strong: true,
      // Said of the text itself ("This article first appeared on Grist"): a virus "first appeared in Wuhan".
      words: ['this article', 'this story', 'this piece', 'this post', 'this column', 'this report', 'this essay', 'this interview', 'this op-ed'].flatMap((s) =>
        ['first appeared on', 'first appeared in', 'originally appeared on', 'originally appeared in', 'originally ran in', 'originally ran on', 'first ran in', 'was originally published on', 'was originally published in', 'was originally published by', 'was first published on', 'was first published in', 'was first published by', 'is republished from', 'was republished from', 'is reprinted from', 'was reprinted from', 'was produced by', 'is published in partnership with', 'was published in partnership with'].map((v) => `${s} ${v}`),
      ),
      note: '"This article first appeared on Grist.", "This story was originally published by The Texas Tribune": the outlet the whole text comes from',
    },
    {
      id: 'origin-line',
      form: 'label',
      strong: true,
      words: ['distributed by', 'provided by', 'syndicated by', 'republished with permission of'],
      note: '"Distributed by Tribune Content Agency, LLC.", an aggregator\'s "Provided by Business Insider": a line of its own, or a sentence\'s start',
    },
    { id: 'reporting-by', form: 'before', words: ['additional reporting by', 'reporting by', 'compiled by'] },
    { id: 'source-line', form: 'label', strong: true, words: ['sources', 'source', 'originally published at', 'originally published on', 'originally published in', 'originally published by', 'this article originally appeared on', 'this article originally appeared in', 'this story originally appeared on', 'this story originally appeared in', 'republished with permission from', 'reprinted with permission from', 'this article was originally published on', 'this article is republished from'] },
    { id: 'photo', form: 'label', role: 'photo', strong: true, words: ['photo credit', 'image credit', 'picture credit', 'main image credit', 'top image credit', 'lead image credit', 'header image credit', 'featured image credit', 'main photo credit', 'top photo credit', 'lead photo credit', 'image source', 'image source,', 'pic', 'photographs', 'photograph', 'photos', 'photo', 'pictures', 'picture', 'image', 'images', 'credit', 'credits', 'illustration', 'photo by', 'photograph by', 'photos by', 'photography by', 'image by', 'picture by', 'pictures by', 'staff photo by', 'staff photos by', 'photo provided by', 'photos provided by', 'image provided by', 'photo submitted by', 'submitted by', 'supplied by', 'illustration by', 'video by', 'footage by', 'video', 'file', 'file photo', 'file image', 'file picture', 'photo illustration', 'photo illustration by', 'courtesy of', 'courtesy', 'photo courtesy of', 'photo courtesy', 'image courtesy of', 'image courtesy', 'photo supplied by', 'image supplied by'] },
  ],
  auxiliaries: ['also', 'has', 'had', 'have', 'previously', 'later', 'earlier', 'then', 'now', 'again', 'first', 'recently', 'separately', 'further', 'had earlier', 'has since', 'on', 'late'],
  fillers: ['director', 'chief', 'head', 'chairman', 'chairwoman', 'the', 'a', 'an', 'its', 'their', 'data', 'figures', 'statement', 'report', 'reports', 'officials', 'official', 'sources', 'documents', 'estimates', 'analysis', 'study', 'survey', 'from', 'by', 'of', 'at', 'for', 'with', 'in', 'to', 'new', 'latest', 'recent', 'monthly', 'annual', 'weekly', 'published', 'released', 'provided',
    // What kind of body the name is, before it: "according to the charity Oxfam", "the rights group Amnesty International said".
    'charity', 'rights group', 'human rights group', 'watchdog', 'think tank', 'think-tank', 'nonprofit', 'non-profit', 'advocacy group', 'campaign group',
    'aid group', 'aid agency', 'pressure group', 'lobby group', 'industry group', 'trade group', 'trade body', 'research firm', 'consultancy', 'war monitor', 'monitoring group'],
  outletWords: ['newspaper', 'the newspaper', 'daily', 'the daily', 'news agency', 'the news agency', 'state news agency', 'wire service', 'agency', 'broadcaster', 'the broadcaster', 'public broadcaster', 'state broadcaster', 'state media', 'television', 'website', 'news site', 'news website', 'magazine', 'weekly', 'the magazine', 'outlet', 'news outlet', 'network', 'channel', 'tv channel', 'paper', 'journal', 'tabloid', 'the tabloid', 'radio', 'publication', 'blog', 'the journal'],
  orgWords: ['Ministry', 'Department', 'Dept', 'Agency', 'Office', 'Bureau', 'Police', 'Council', 'Commission', 'Committee', 'Authority', 'Authorities', 'Administration', 'Institute', 'Institution', 'Association', 'Union', 'Federation', 'Court', 'Service', 'Services', 'Organization', 'Organisation', 'Corporation', 'Corp', 'Inc', 'Ltd', 'LLC', 'Plc', 'PLC', 'Company', 'Co', 'Group', 'Bank', 'Fund', 'Foundation', 'University', 'College', 'Center', 'Centre', 'Board', 'Party', 'Army', 'Navy', 'Force', 'Forces', 'Command', 'Observatory', 'Network', 'News', 'Times', 'Post', 'Daily', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Press', 'Radio', 'Television', 'TV', 'Broadcasting', 'Magazine', 'Telegraph', 'Guardian', 'Chronicle', 'Courier', 'Embassy', 'Government', 'Parliament', 'Congress', 'Senate', 'Pentagon', 'Kremlin', 'White House', 'Exchange', 'Secretariat', 'Directorate', 'Prosecutor', 'Coalition', 'Society', 'Trust', 'Laboratory', 'Labs', 'Airlines', 'Airways', 'Air Lines', 'Holdings', 'Partners', 'Capital', 'Securities', 'Associates', 'Consulting', 'Hospital', 'Clinic', 'Reserve', 'Research', 'Analytics', 'Economics', 'Insights', 'Advisors', 'Advisers', 'Ratings', 'Consultants', 'tribe', 'Treasury', 'Cabinet', 'Guard', 'Coast Guard', 'administration', 'ministry', 'department', 'government', 'police', 'agency', "prosecutor's office", "public defender's office", "ombudsman's office", "attorney general's office", 'commerce ministry', 'trade ministry', 'foreign ministry', 'defense ministry', 'defence ministry', 'interior ministry', 'health ministry', 'finance ministry', 'justice ministry', 'economy ministry', 'energy ministry', 'education ministry', 'agriculture ministry', 'labor ministry', 'labour ministry', 'environment ministry', 'transport ministry', 'office', 'military',
    // A state's statistics body by its kind: "Nigeria's statistics bureau", "Turkey's statistics office".
    'bureau', 'statistics bureau', 'statistics office', 'statistics agency', 'statistical office', 'statistical agency',
    // A candidate's campaign speaks as a body: "the Harris campaign said", "a campaign spokesperson said".
    'campaign'],
  roleWords: ['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokespersons', 'representative', 'representatives', 'officials', 'official', 'officers', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'press office', 'press secretary', 'correspondent', 'journalist', 'reporter',
    // "Associated Press writer Jane Roe contributed to this report", "New York Times reporters found".
    'correspondents', 'journalists', 'reporters', 'writer', 'writers', 'staff writer'],
  documentWords: ['statement', 'joint statement', 'affidavit', 'filing', 'court filing', 'regulatory filing', 'report', 'memo', 'readout', 'release', 'press release', 'news release', 'letter', 'document', 'documents', 'tally', 'count', 'survey', 'poll', 'study', 'analysis', 'review', 'audit', 'assessment', 'data', 'figures', 'estimate', 'estimates', 'forecast', 'projections', 'bulletin', 'notice', 'advisory', 'complaint', 'indictment', 'lawsuit', 'website', 'post', 'tweet', 'spokesperson', 'investigation'],
  companyWords: ['Inc', 'Corp', 'Corporation', 'Co', 'Company', 'Ltd', 'LLC', 'Plc', 'PLC', 'LP', 'AG', 'SA', 'SE', 'NV', 'GmbH', 'Holdings', 'Group', 'Airlines', 'Airways', 'Air Lines', 'Motors', 'Motor Co', 'Technologies', 'Pharmaceuticals', 'Entertainment', 'Industries', 'Records', 'Productions', 'Studios', 'Pictures', 'Equities', 'Investments', 'Ventures', 'Brands', 'Enterprises', 'Foods', 'Resources', 'Properties', 'Bank',
    'company', 'firm', 'retailer', 'airline', 'carrier', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'insurer', 'lender', 'bank', 'startup', 'start-up', 'chain', 'manufacturer', 'conglomerate', 'brewer', 'publisher', 'operator', 'supermarket'],
  executiveWords: ['founder', 'co-founder', 'CEO', 'chief executive', 'chief executive officer', 'chief financial officer', 'chief operating officer', 'CFO', 'COO', 'chairman', 'chairwoman', 'managing director', 'general manager', 'director general', 'director-general'],
  // "said Jane Roe, vice president of advanced programs at Orbital Forge Inc." (lib/detect/firm-officer.ts).
  firmOfficers: ['vice president', 'senior vice president', 'executive vice president', 'group vice president', 'regional vice president', 'vp', 'senior vp', 'executive vp', 'svp', 'evp', 'general manager', 'deputy general manager', 'assistant general manager'],
  officerLinks: ['at', 'of', 'for'],
  firmBackRefs: ["the company's", "the firm's", "the group's", 'its'],
  officerNotFirm: ['research', 'economics', 'economic', 'strategy', 'strategies', 'investment', 'investments', 'markets', 'market', 'analysis', 'portfolio', 'equity', 'equities', 'trading', 'wealth', 'asset', 'assets', 'fixed', 'credit', 'rates', 'commodities', 'currency', 'currencies'],
  firmHeads: ['founder', 'co-founder', 'CEO', 'chief executive', 'chief executive officer', 'chief financial officer', 'chief operating officer', 'CFO', 'COO', 'chairman', 'chairwoman'],
  scholarlyWords: ['University', 'College', 'School', 'Academy', 'Institute', 'Institution', 'Laboratory', 'Center', 'Centre', 'think tank', 'think-tank'],
  affiliationWords: ['University', 'College', 'School', 'Academy', 'Institute', 'Institution', 'Hospital', 'Clinic', 'Laboratory', 'Center', 'Centre', 'Foundation', 'Association', 'Company', 'Co', 'Corp', 'Corporation', 'Inc', 'Ltd', 'LLC', 'Plc', 'Group', 'Holdings', 'Partners', 'Capital', 'Consulting', 'Associates', 'Securities', 'Bank', 'Fund', 'think tank'],
  positionWords: ['president', 'vice president', 'director', 'founder', 'co-founder', 'chief executive officer', 'chief financial officer', 'chief operating officer', 'CFO', 'COO', 'director general', 'director-general', 'head', 'chief', 'chairman', 'chairwoman', 'chair', 'chief executive', 'CEO', 'commissioner', 'secretary-general', 'secretary general', 'general manager', 'managing director', 'heads', 'works for'],
  genericOrgs: ['schools', 'district', 'library', 'museum', 'police', 'government', 'ministry', 'company', 'authorities', 'authority', 'commission', 'council', 'agency', 'department', 'court', 'army', 'military', 'committee', 'office', 'administration', 'officials', 'prosecutors', 'firm', 'group', 'bank', 'party', 'union', 'organization', 'organisation', 'foundation', 'institute', 'news', 'news agencies', 'agencies', 'media', 'campaign', 'CEO', 'CFO', 'COO', 'CTO', 'US', 'U.S.', 'UK', 'U.K.'],
  articles: ['the'],
  formerWords: ['former', 'ex', 'late', 'then'],
  personTitles: ['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'President', 'Vice President', 'Prime Minister', 'Minister', 'Secretary', 'Senator', 'Sen.', 'Rep.', 'Gov.', 'Governor', 'Mayor', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'General', 'Gen.', 'Col.', 'Capt.', 'Lt.', 'Sgt.', 'Judge', 'Justice', 'Professor', 'Prof.', 'Chancellor', 'Ambassador', 'Sir', 'Lord', 'Lady', 'Duke', 'Duchess', 'Earl', 'Countess', 'Baroness', 'Rev.', 'Reverend', 'Archbishop', 'Bishop', 'Sheikh', 'Rabbi', 'Father', 'Chief', 'Sheriff', 'analyst', 'economist', 'expert', 'professor', 'researcher', 'scientist', 'doctor', 'lawyer', 'attorney', 'witness', 'resident', 'insider', 'strategist', 'operative', 'observer'],
  bodyArticles: ['the'],
  notBodies: ['Act', 'Agreement', 'Accord', 'Bible', 'Koran', 'Quran', 'Torah', 'Gospel', 'Constitution', 'Charter', 'Treaty', 'Convention', 'Declaration', 'Protocol', 'Code', 'Law', 'Bill', 'Plan', 'Index', 'Survey', 'Study', 'Census', 'Guidelines', 'Rule', 'Manual', 'Scale', 'Model', 'Ranking', 'List', 'Cup', 'Games', 'Olympics', 'Championship', 'Open', 'Festival', 'Summit', 'War', 'Revolution', 'Era', 'Age', 'Dow', 'Nasdaq', 'Book', 'Budget', 'Doctrine', 'Amendment', 'Order', 'Mass', 'Prize', 'Award', 'Awards', 'Oscar', 'Oscars',
    // Nationalities and places that take "the": "the Swede said", "the Hague said" name no body.
    'Swede', 'Dane', 'Finn', 'Pole', 'Scot', 'Brit', 'Briton', 'Spaniard', 'Argentine', 'Greek', 'Turk', 'Serb', 'Croat', 'Slovak', 'Slovene', 'Czech', 'Swiss', 'Thai', 'Filipino', 'Filipina', 'Kazakh', 'Uzbek', 'Kiwi', 'Aussie', 'Frenchman', 'Frenchwoman', 'Englishman', 'Englishwoman', 'Irishman', 'Irishwoman', 'Scotsman', 'Welshman', 'Dutchman', 'Dutchwoman', 'Icelander', 'Zealander',
    // A party's or a campaign's chair speaks as a politician ("Labour Party chairman X said", "Clinton campaign
    // chairman X wrote"); its spokesperson still speaks for it.
    'Party', 'campaign',
    // Places named in the plural: "the Cayman Islands said" is its government, read elsewhere.
    'Islands', 'Isles', 'Heights', 'Hills', 'Mountains', 'Falls', 'Springs', 'Lakes', 'Highlands', 'Territories', 'Emirates',
    'Hague', 'Bronx', 'West', 'East', 'North', 'South', 'Midwest', 'Gulf', 'Caribbean', 'Arctic', 'Antarctic', 'Sahel', 'Amazon', 'Vatican City'],
  // A body's people in the plural stating what it found or expects: "NOAA forecasters said", "researchers at the
  // Halvorsen Institute found" (one "researcher at X" is an expert: no one).
  // Not analysts, economists or strategists: a bank's or a firm's people speak as experts ("Goldman Sachs analysts expect").
  staffWords: ['researchers', 'scientists', 'forecasters', 'meteorologists', 'epidemiologists', 'statisticians', 'astronomers', 'engineers'],
  staffLinks: ['at', 'from', 'with', 'of', 'at the', 'from the', 'with the', 'of the'],
  staffVerbs: ['found', 'find', 'finds', 'estimate', 'expect', 'expects', 'project', 'projected', 'calculated', 'concluded', 'discovered', 'observed', 'measured', 'detected', 'identified', 'believe', 'forecast', 'predict', 'reported', 'report', 'wrote', 'write', 'say', 'said'],
  // A person's workplace after the name: "X of the Brookings Institution said" credits no one.
  affiliationLinks: ['of', 'from', 'at', 'with'],
  placeLinks: ['in'],
  placedKinds: ['police', 'fire department', 'fire officials', 'fire service'],
  // "The Federal Aviation Administration … The agency said": what an agency's name is headed by.
  barekinds: ['police'],
  kindHeads: ['agency>Administration', 'agency>Service', 'agency>Commission', 'agency>Bureau', 'agency>Authority', 'agency>Agency', 'agency>Office', 'agency>Centers', 'agency>Institutes',
    'group>Organization', 'group>Organisation', 'group>Association', 'group>Alliance', 'group>Coalition', 'group>Council', 'group>Network', 'group>Union', 'group>Federation',
    'regulator>Commission', 'regulator>Authority', 'regulator>Administration', 'watchdog>Commission', 'watchdog>Authority'],
  nameLinks: ['of', 'for', 'and', 'de', 'du', 'des', 'la', 'le', 'del', 'der', 'von', 'van', 'on', '&'],
  calendar: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Today', 'Yesterday', 'Tomorrow'],
  listJoiners: ['and', '&', 'as well as'],
  excludedLabels: ['read more', 'read also', 'see also', 'related', 'editing by', 'edited by', 'written by', 'writing by', 'author', 'more', 'watch', 'listen', 'advertisement', 'sign up', 'subscribe'],
  notCredits: ['illustration', 'file', 'file photo', 'stock image', 'stock photo', 'video', 'graphic', 'map',
    // "(Courtesy photo)", "(Submitted photo)": the word for a picture given to the paper, with no giver named.
    'courtesy', 'submitted', 'contributed', 'provided'],
  // "Source: Supplied", "(Supplied)": the picture was given to the paper, which credits the giver so.
  courtesyCredits: ['supplied', 'handout'],
  // The text comes from elsewhere: "This article first appeared on Grist", "Read the original article" (The Conversation's republishing line).
  originPhrases: ['originally published', 'originally appeared', 'first published', 'first appeared', 'republished from', 'republished with permission', 'reprinted with permission', 'read the original article', 'read the original story', 'view the original article', 'original article', 'this story was produced by', 'this article was produced by'],
} satisfies CueFileInput;
