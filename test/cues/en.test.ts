/** English cues: wire and newspaper usage, and near-misses that must not credit. */
import { describe, expect, it } from 'vitest';
import { credits, printedPhotoCredits, folded } from './harness';

describe('en: sources', () => {
  it.each([
    ['Statements by the Electoral Commission have done little to reassure voters.', ['Electoral Commission']],
    // A known name's rest joined by a link word is the same institution going on, not another name.
    ['Statements by the US Army Corps of Engineers have done little to reassure protesters.', ['US Army Corps of Engineers']],
    ['He told the Smalltown Gazette the plan was dead.', ['Smalltown Gazette']],
    ["A new report released on Monday by Stanford University's Center on Poverty and Inequality calls that into question.", ["Stanford University's Center on Poverty and Inequality"]],
    ['Strandings rose in November, according to whale rescue group Project Jonah.', ['Project Jonah']],
    ['Sales passed $6 million in January, according to data analysis firm 1010data.', ['1010data']],
    ['The footage was first published by investigative news site Bellingcat.', ['Bellingcat']],
    ['Source: U.S. Census Bureau data for the years 2010 to 2020', ['U.S. Census Bureau']],
    // A list a semicolon parts credits each of its names; after one, only an organization on its own.
    ['Sources: Eurostat; World Bank; IMF', ['Eurostat', 'World Bank', 'IMF']],
    ['Source: Reuters; Editing by Tom Hale', ['Reuters']],
    ['The senator told the New York Times that the bill would pass.', ['New York Times']],
    ['Visitors must keep to the tracks, according to the New Zealand Department of Conservation.', ['New Zealand Department of Conservation']],
    ['HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper said on Wednesday that the United States would provide a ship.', ['AP']],
    ['WASHINGTON (Reuters) - The Federal Reserve held rates steady.', ['Reuters']],
    ['According to TASS, the minister arrived in Beijing on Monday.', ['TASS']],
    ['The assailant was arrested at the scene, Kan reported on Wednesday.', ['Kan']],
    ['The launch has been postponed until 2018, NASA announced on Monday.', ['NASA']],
    ['The Interior Ministry said in a statement that the building would become a police station.', ['Interior Ministry']],
    ['"We are reviewing the data," SpaceX spokesman Phil Larson said in an emailed statement.', ['SpaceX']],
    ['"No arrests have been made," said Mark Spivey, a spokesman for the Union County prosecutor\'s office.', ["Union County prosecutor's office"]],
    ['Clinton said the FBI director had cost her the election, The New York Times reported.', ['The New York Times']],
    ['The Post and Courier newspaper reported on the closing argument.', ['The Post and Courier']],
    ['The economy grew 2.1 percent, according to data from the Commerce Department.', ['Commerce Department']],
    ['Microsoft Corp said on Thursday it aims to remove more carbon than it emits by 2030.', ['Microsoft Corp']],
    ['The Associated Press contributed to this report.', ['Associated Press']],
    ['Lucke told the Deutsche Presse-Agentur on Saturday that he would continue.', ['Deutsche Presse-Agentur']],
    ['Two soldiers were wounded in the blast, the Israeli military said on Friday.', ['Israeli military']],
    ['New numbers from the National Association of Realtors show sales fell for a third month.', ['National Association of Realtors']],
    ['A survey by the Pew Research Center found that most adults get their news online.', ['Pew Research Center']],
    ['A Reuters reporter at the scene said smoke was still rising from the plant.', ['Reuters']],
    ['"We found no faults," said Jane Roe, who heads the Federal Aviation Administration’s safety office.', ['Federal Aviation Administration']],
    ['The lane will stay closed until spring, said Tom Reyes, who works for the Transportation Department.', ['Transportation Department']],
    // The unit's body is the one after it: "Director of Communications at the Department of Health".
    ['"Beds are short," said Jane Roe, Director of Communications at the Department of Health.', ['Department of Health']],
    // A firm's kind closing a longer name: "Productions", "Records", "Pharmaceuticals".
    ['Harbor Lane Productions denied that it had agreed to the deal.', ['Harbor Lane Productions']],
    ['Halden Pharmaceuticals said the trial had missed its goal.', ['Halden Pharmaceuticals']],
    ['"Growth will return," said a report from Marlow Institutional Equities.', ['Marlow Institutional Equities']],
    ['A research note from Jefferies said margins would fall.', ['Jefferies']],
    ['Home Depot reported third-quarter earnings that topped estimates.', ['Home Depot']],
    // The entertainment and tech trade press, and a statement given to an outlet.
    ['The memo, which was obtained by Variety, set out the studio’s plans.', ['Variety']],
    ['The label said in a separate statement to Billboard that it had no comment.', ['Billboard']],
    ['The film made $320,000, according to Box Office Mojo.', ['Box Office Mojo']],
    // After a semicolon and a city, a name that opens a subject is still one.
    ['In its analysis of the risk to Ghana, Marlow Intel, an Accra research firm, says a slowdown is likely.', ['Marlow Intel']],
    ['"We are worried," said Jennifer Roe, policy director of the American Civil Liberties Union of North Dakota.', ['American Civil Liberties Union']],
    ['Some pipes are a century old, according to Environmental Protection Department officials.', ['Environmental Protection Department']],
    ['Taliban spokesman Zabihullah Mujahid said in a tweet that the convoy had been attacked.', ['Taliban']],
    ['A doctor at the clinic told Ruptly that five people had been treated for burns.', ['Ruptly']],
    ['Writing in The Lancet, the researchers said the vaccine cut hospital admissions by half.', ['The Lancet']],
    ["Japan's foreign ministry said the envoy would travel to Seoul on Monday.", ["Japan's foreign ministry"]],
    ["Peru's ombudsman's office said at least six people had died in the protests.", ["Peru's ombudsman's office"]],
    ['According to the charity Doctors Without Borders, the clinic closed on Monday.', ['Doctors Without Borders']],
    ['The figures, according to the rights group Amnesty International, are an undercount.', ['Amnesty International']],
    // The present tense, as wire leads and TV write it.
    ['The Japan Meteorological Agency forecasts heavy snow along the coast this weekend.', ['Japan Meteorological Agency']],
    ['The World Health Organization warns that measles cases are rising in Europe.', ['World Health Organization']],
    // Speech acts a body performs by a statement.
    ['The Teamsters Union vowed to appeal the ruling.', ['Teamsters Union']],
    ['The Ministry of Defence urged residents to stay indoors.', ['Ministry of Defence']],
    // After "the", a capitalized name is a body's, hyphens and ampersands included.
    ['The plant will close next year, according to the Star-Telegram.', ['Star-Telegram']],
    ['The Bulawayo Chronicle claims the photograph was taken on Tuesday.', ['Bulawayo Chronicle']],
    ['The Santa Clara Humane Shelter announced that the dog had been found.', ['Santa Clara Humane Shelter']],
    ['T&T officials said the outage was caused by a faulty update.', ['T&T']],
    // Unnamed aides, advisers and officials of a named body.
    ['Kremlin aides say the talks will resume in the spring.', ['Kremlin']],
    // A state's statistics body by its kind, and a court paper by the body it comes from.
    ["Figures from Ghana's statistics bureau show that inflation eased in March.", ["Ghana's statistics bureau"]],
    ['The pair rented six flats, according to an affidavit from the Hamilton Police Service.', ['Hamilton Police Service']],
    // A state signals its position; a chart's source line lists its sources between semicolons.
    ['Japan indicated that it would not send an envoy to the ceremony.', ['Japanese government']],
    ['SOURCE: Lakeside Port Authority; ICAO; WORLD BANK.', ['Lakeside Port Authority', 'ICAO', 'WORLD BANK']],
    // A syndication line naming the site without an address.
    ['This article originally appeared at The Harbour Courier.', ['The Harbour Courier']],
    ['White House advisers say the president will sign the bill.', ['White House']],
    ['A Pentagon official said the drills would continue.', ['Pentagon']],
    ['European Commission spokeswoman Anna Berg told reporters the plan would be published.', ['European Commission']],
    // An executive glued to the firm's name speaks for it.
    ['Tessla CEO Ron Musk said the factory would open in March.', ['Tessla']],
    // Police named without an article stand for the force the story just named (a force's name prints "Police").
    ['Officers from the Brookhaven Police Department closed the road. Police said no one was evacuated.', ['Brookhaven Police Department']],
    ['The Lakeside Police Department was called at 9 p.m. The man was taken to hospital, police said.', ['Lakeside Police Department']],
    // An executive in an appositive speaks for the firm or the association the position is "of", whatever its name looks like.
    ['"Orders are back," said Tom Hale, chief executive of Marlow Dynamics.', ['Marlow Dynamics']],
    ['Lena Marsh, CEO of Brightwater-Kline, adds that the merger will close in June.', ['Brightwater-Kline']],
    ['Pierre Dubois, the chairman of Halvorsen Bank, told shareholders the dividend would rise.', ['Halvorsen Bank']],
    ['"Shoppers are nervous," said Ana Lima, chief executive of the Northern Retail Consortium.', ['Northern Retail Consortium']],
    ['Rosa Quint, founder of the charity Plateful, said demand had doubled.', ['Plateful']],
    ['Rosneft chief executive Igor Sechin told shareholders that output would rise.', ['Rosneft']],
    // What a body issues, between its name and the verb.
    ['The Federal Bureau of Investigation opened a case. An FBI affidavit said the suspect had bought a rifle.', ['FBI']],
    ['A Pentagon statement said the drills would continue.', ['Pentagon']],
    ['An Acme Corp filing showed a quarterly loss.', ['Acme Corp']],
    // A clause set off by commas between the body and its verb.
    ['The Electoral Commission, which regulates campaign finances, issued a statement on Monday.', ['Electoral Commission']],
    ['Fair Vote, a London-based charity, said the claims were false.', ['Fair Vote']],
    ['The Standing Rock Sioux tribe says it has treaty rights to the land.', ['Standing Rock Sioux tribe']],
    ['The market will shrink, according to Coreview Research.', ['Coreview Research']],
    ['Orbit founder Jeff Bloom said the service had passed 100 million members.', ['Orbit']],
    ['The Lakeside Teachers Union condemned the cuts.', ['Lakeside Teachers Union']],
    // A reporter in front of the outlet: the outlet is credited.
    ['As Jane Roe reports for the BBC, the talks have collapsed.', ['BBC']],
    ['The bill is dead, according to John Smith of the Financial Times.', ['Financial Times']],
    ['The deal was off, according to Mary Poe, a senior reporter at The Washington Post.', ['The Washington Post']],
    // A short form of a body named before stands for it; a kind of firm for the company named nearest before.
    ['Nortel Networks Corp cut 500 jobs. Nortel said the cuts would save money.', ['Nortel Networks Corp']],
    ['The retailer Harrow & Finch posted a loss. Harrow said sales fell in the spring.', ['Harrow & Finch']],
    ['Greenfield Holdings will close two plants. The company also said it would hire 200 workers.', ['Greenfield Holdings']],
    // A plus glued to the name is part of it.
    ['OPEC+ said on Sunday it would raise output by 400,000 barrels a day.', ['OPEC+']],
    // A statistics office's own numbers as the subject, in the plural.
    ['BLS data show hourly wages rose 4.1 percent over the year.', ['BLS']],
    ['Eurostat figures indicated a slight rise in euro zone unemployment.', ['Eurostat']],
    ["The Census Bureau's latest estimates suggest the county shrank for a third year.", ['Census Bureau']],
    // An outlet as the audience, right after the reporting verb and its subject.
    ['"We will not back down," said Maria Lopez to Sky News.', ['Sky News']],
    ['She said on CNN that the talks had stalled.', ['CNN']],
    // The outlet that reported first, however the press words it.
    ['The talks were reported earlier by Axios.', ['Axios']],
    ['Axios was first to report the planned merger.', ['Axios']],
    // An outlet's adjective is no official speaking for the state before it.
    ["North Korea's official Korean Central News Agency said the test succeeded.", ['Korean Central News Agency']],
    // A state's name printed in capitals matches only so: "As" opens the sentence.
    ['As first reported by The Guardian, the company plans to cut 300 jobs.', ['Guardian']],
    // A candidate's campaign speaks as a body; its spokesperson, named by the kind alone, for the one named before.
    ['The Okafor campaign said the advert misquoted the governor.', ['Okafor campaign']],
    ['The Lindqvist campaign launched a bus tour on Monday. A campaign spokesperson said it would reach 40 towns.', ['Lindqvist campaign']],
    // "a company spokesperson", "a ministry spokesman": the body of that kind named just before.
    ['Brightwater Holdings will shut its Ohio mill. A company spokeswoman said 300 jobs would go.', ['Brightwater Holdings']],
    ['The Water Resources Ministry ordered the dam drained. A ministry spokesman told reporters the village was safe.', ['Water Resources Ministry']],
    // A body's own figures and reports with its possessive, a word or two describing the document between.
    ["The Treasury's figures show a widening gap between revenue and spending.", ['Treasury']],
    ["The Labour Ministry's quarterly wage report showed pay rising faster than prices.", ['Labour Ministry']],
    ['Brightwater Holdings will shut its Ohio mill. The company’s spokeswoman said 300 jobs would go.', ['Brightwater Holdings']],
    // Research and warnings credited to a body.
    ['New research from the Halvorsen Institute shows that commuters walk less than a decade ago.', ['Halvorsen Institute']],
    ['The Met Office issued a warning for heavy rain across the north on Sunday.', ['Met Office']],
    // A reporter named with the outlet's possessive: the outlet.
    ["CNN's Dana Okoye contributed to this report.", ['CNN']],
    ["The Guardian's Tom Hale reported that the deal was off.", ['The Guardian']],
    // "Released", "published", "showed" credit what a body issues.
    ['Statistics Norway released new figures on Friday.', ['Statistics Norway']],
    ['The Halvorsen Institute published a study on the commuters of three cities.', ['Halvorsen Institute']],
    ['The Pinecrest Water Authority released a statement saying the taps were safe.', ['Pinecrest Water Authority']],
    // Online copy's short "according to", and a report named again.
    ['Rents rose 6 percent in a year, per the Halvorsen Institute.', ['Halvorsen Institute']],
    ['The report from Fitch Ratings said the outlook was stable.', ['Fitch Ratings']],
    // A place set after the body is where it is, not who speaks.
    ['The Canadian Embassy in Kyiv said its consular office would stay closed.', ['Canadian Embassy']],
    // A local force is named by its place, which stays in its name ("Police in Leeds" is the Leeds force).
    ['Police in Kyiv said the suspect was arrested.', ['Police in Kyiv']],
    ['On Sunday, police in Leeds said two men had been charged.', ['police in Leeds']],
    // A team named by its city and a plural speaks as a club; a plural after "the" issuing a statement too.
    ['The Seattle Sounders said the midfielder would miss the rest of the season.', ['Seattle Sounders']],
    ['The Falcons said in a statement that the coach had been fired.', ['Falcons']],
    // An outlet introduced by where it is from and its kind, with or without "the".
    ['She told German weekly Die Zeit that the coalition would hold.', ['Die Zeit']],
    ['The prosecutor told the Mexican daily Reforma that charges would follow.', ['Reforma']],
    ['In an interview with the French daily Le Monde, the minister defended the reform.', ['Le Monde']],
    // A U.N. agency the press names by what it does: the agency, dotted or not, read either way.
    ['The U.N. refugee agency said 40,000 people had crossed the border since Friday.', ['UN refugee agency']],
    ['Cholera cases doubled in a month, according to the UN health agency.', ['UN health agency']],
    ['The U.N. nuclear watchdog said inspectors had reached the plant.', ['UN nuclear watchdog']],
    // A body's staff in the plural stating what it found, estimates or forecasts: the body's work.
    ['NOAA forecasters said the storm would strengthen over the weekend.', ['NOAA']],
    ['Researchers at the Halvorsen Institute found that commuters walk less than a decade ago.', ['Halvorsen Institute']],
    ['A study by scientists from the Lindqvist University Hospital concluded the drug was safe.', ['Lindqvist University Hospital']],
    ['Meteorologists at the Avalon Weather Bureau expect the storm to weaken.', ['Avalon Weather Bureau']],
    // A wire's or pollster's own survey of experts.
    ['Economists polled by Reuters expect inflation to ease to 2.4 percent.', ['Reuters']],
    ['Analysts surveyed by Bloomberg had forecast a smaller loss.', ['Bloomberg']],
    // An ampersand joins a firm's name, never two people's.
    ['Harrow & Finch said the merger would close in May.', ['Harrow & Finch']],
    // A kind of firm before the name says it is one, after a cue or opening the sentence.
    ['According to research firm Kestrel Metrics, shipments fell 8 percent.', ['Kestrel Metrics']],
    ['Research firm Kestrel Metrics estimates that 4 million phones were sold.', ['Kestrel Metrics']],
    // A reporter named with the outlet's possessive after a cue; an agency's short form in mixed case.
    ["According to the BBC's Dana Okoye, the talks have collapsed.", ['BBC']],
    ['TxDOT said the ramp would stay closed through Friday.', ['TxDOT']],
    // "The agency", "the group" for the body named before by a word such bodies are named by.
    ['The Federal Aviation Administration grounded the jets on Monday. The agency said the checks would take a week.', ['Federal Aviation Administration']],
    ['The Pinecrest Water Commission raised rates. The agency said the pipes were old.', ['Pinecrest Water Commission']],
    ['The Halvorsen Alliance marched on Monday. The group said it would return in May.', ['Halvorsen Alliance']],
    // Sports and web copy hand a quote on with the outlet that printed it, after a comma.
    ['"We ran out of time," Okafor said, via the Denver Post.', ['Denver Post']],
    ['Marsh, via ESPN, said the trade was never close.', ['ESPN']],
    ['"It was a long night for all of us," the coach said Monday, via the Toledo Blade.', ['Toledo Blade']],
    // A journal named by its kind, with a date or an issue between the verb and it.
    ['The results were published online Thursday in the journal Coastal Dynamics.', ['Coastal Dynamics']],
    ['Their model appears in the March 2021 issue of the journal Plant Cell Reports.', ['Plant Cell Reports']],
    ['The team described the fossil on Wednesday (Oct. 2) in the peer-reviewed journal Palaeo Letters.', ['Palaeo Letters']],
    // A registry name that is also a word opens a sentence as the name where the story prints it as one elsewhere.
    ['Buyers can ask for an invite, and Amazon will add brands later. Amazon says the store opens in May.', ['Amazon']],
    ['The bank sold its stake to Nomura last year. Nomura said on Tuesday that margins would recover.', ['Nomura']],
    ['The phones sell well in Europe, where Apple has five stores. Apple said on Tuesday it would open three more.', ['Apple']],
    // A firm's officer below its head, in an appositive, speaks for the firm (a description may stand between).
    ['"Demand is high," says Ana Lima, senior vp partnerships and revenue at Ubisoft.', ['Ubisoft']],
    ['"We are ready," said Jane Roe, vice president of advanced programs at Orbital Forge Inc.', ['Orbital Forge Inc']],
    ['"Bookings rose," said Tom Reyes, general manager of Halden Freight Ltd, on Monday.', ['Halden Freight Ltd']],
    // A firm's head by the position alone speaks for the firm named just before.
    ['Orbital Forge Inc will build the lander. CEO Jane Roe said it would fly in 2027.', ['Orbital Forge Inc']],
    ['Orbital Forge Inc will build the lander. "It will fly," said chief executive Jane Roe.', ['Orbital Forge Inc']],
    ["Orbital Forge Inc will build the lander. Marco Roe, the company's chief operating officer, said it would fly in 2027.", ['Orbital Forge Inc']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'en').sources).toEqual(folded(expected));
  });
});

describe('en: wire, syndication and origin credits', () => {
  it.each([
    ['FORWARD via JTA — The rabbi said the synagogue would reopen next week after repairs.', ['FORWARD', 'JTA']],
    ['© 2020 Al-Monitor', ['Al-Monitor']],
    ['Copyright 2021 The Associated Press. All rights reserved.', ['Associated Press']],
    // Both the word and the sign, as syndicated copy closes ("Via SyndiGate.info" above it).
    ['Copyright © 2018 Al-Monitor. All rights reserved.', ['Al-Monitor']],
    ['Copyright (c) 2022 The Canadian Press', ['Canadian Press']],
    ['By Reuters', ['Reuters']],
    ['This article first appeared on Grist.', ['Grist']],
    ['This story was originally published by The Texas Tribune.', ['The Texas Tribune']],
    ['Distributed by Tribune Content Agency, LLC.', ['Tribune Content Agency']],
    ['Provided by Business Insider', ['Business Insider']],
    // Reuters' end credit under its copy on another site.
    ['Reporting by Jane Roe in Nairobi; Editing by Tom Hale', ['Reuters']],
    ['(Writing by Ana Ruiz; Additional reporting by Li Wei; Editing by Mark Potts)', ['Reuters']],
    ['— With files from The Canadian Press', ['Canadian Press']],
    // A copyright notice with its legal text after it; a wire's writer credited at the end.
    ['Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast or redistributed.', ['Associated Press']],
    ['Associated Press writer Lena Park in Seoul contributed to this report.', ['Associated Press']],
    // How other pages word a wire's share in the text.
    ['Information from the Associated Press was used in this report.', ['Associated Press']],
    ['This article contains reporting from Reuters.', ['Reuters']],
    ['Reuters contributed reporting.', ['Reuters']],
    ['The Canadian Press contributed to this story.', ['Canadian Press']],
    ['With inputs from PTI', ['PTI']],
    ['(With inputs from Reuters)', ['Reuters']],
    // A wire in brackets closing a paragraph's last sentence.
    ['Two people were hurt when the wall of the old market collapsed, police said. (PTI)', ['PTI']],
    ['The talks will resume in Geneva next week, the envoy said. (AFP)', ['AFP']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'en').sources).toEqual(folded(expected));
  });

  it.each([
    ['The virus first appeared in Wuhan in late 2019.'],
    ['Food was distributed by volunteers from the Red Cross in the camps.'],
    ['Smith via Twitter — he said nothing more.'],
    ['Reporting by Jane Roe in Nairobi.'],
    ['With thanks to Jane Roe.'],
    ['(With inputs from agencies)'],
    ['The hall was full by noon. (Jane Roe)'],
  ])('no credit in %s', (text) => {
    expect(credits(text, 'en').sources).toEqual([]);
  });

  it.each([
    ['Originally published at https://grist.org/cities/the-library-that-floods-every-spring/', 'https://grist.org/cities/the-library-that-floods-every-spring/'],
    ['This story originally appeared on https://example.org/news/the-council-budget-vote', 'https://example.org/news/the-council-budget-vote'],
  ])('an address after an origin label: %s', (text, url) => {
    expect(credits(text, 'en').basedOn).toEqual([url]);
  });
});

describe('en: a hero picture\'s caption above the body', () => {
  it.each([
    ['Firefighters at the scene of the blaze in the old port district (Reuters)', ['Reuters']],
    ['Supporters wave flags outside the court in the capital on Monday (AFP)', ['AFP']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'en', 'meta').photos).toEqual(folded(expected));
  });

  it.each([['Opinion | Letters'], ['Jane Roe (Reuters)'], ['Updated 3 hours ago by the news desk (AFP)'], ['Published 14:05, updated 15:10 today (AFP)']])('no credit in %s', (text) => {
    expect(credits(text, 'en', 'meta').photos).toEqual([]);
  });
});

describe('en: photo credits', () => {
  it.each([
    ['President Joe Biden at the White House, Washington / AFP', ['AFP']],
    ['Roughly 13,000 US troops remain in Afghanistan [File: Reuters]', ['Reuters']],
    ['Defense Secretary Mark Esper speaks in Hanoi. Photo: Hau Dinh, AP', ['Hau Dinh, AP']],
    ['The house where Hitler was born. Leonhard Foeger / Reuters file', ['Leonhard Foeger / Reuters file']],
    ['Shoppers at a Whole Foods store. (Ellen M. Banner / The Seattle Times)', ['Ellen M. Banner / The Seattle Times']],
    ['REUTERS/Brendan McDermid', ['REUTERS/Brendan McDermid']],
    ['Traders work on the floor. © Shutterstock/racorn', ['Shutterstock/racorn']],
    // The picture was given to the paper: the labels count "Supplied" as its credit.
    ['The new ward at the hospital. Source: Supplied', ['Supplied']],
    ['The founders at their first shop. (Supplied)', ['Supplied']],
    ['The network compares two speeches on the same day. (Video by Omar Haddad)', ['Omar Haddad']],
    // Who made the picture, then the wire that handed it on, with or without brackets and the wires' "File".
    ['A rocket lifts off from the launch pad at Cape Canaveral on Monday. (NASA via AP)', ['NASA via AP']],
    ['Crews repair a damaged bridge outside Lviv on Tuesday. Regional Administration via AP, File', ['Regional Administration via AP, File']],
    ['Fans gather outside the stadium before the final. (Photo via Instagram)', ['Instagram']],
    ['Rescuers search the rubble in Kharkiv on Sunday. (AP Photo/Lena Marsh, File)', ['AP Photo/Lena Marsh, File']],
    // Labels British and BBC captions print: "Pic:", "Image source," (the comma is the BBC's).
    ['Fans queue outside the ground before kick-off. Pic: Reuters', ['Reuters']],
    ['Image source, Getty Images', ['Getty Images']],
    // A gallery's credit line: who issued the picture, then the wire, between commas.
    ['HARBOUR POLICE, ASSOCIATED PRESS', ['HARBOUR POLICE, ASSOCIATED PRESS']],
    // A credit glued to the caption's last stop, its name of several words before the slash.
    ['Ferries wait at the quay on Sunday.Mara Ellison/Getty Images', ['Mara Ellison/Getty Images']],
    // Square brackets close Al Jazeera's captions; a dash or a spaced dash closes others on the agency ("pic" dropped).
    ['Voters queue outside a polling station in Lagos [Tunde Ade/Al Jazeera]', ['Tunde Ade/Al Jazeera']],
    ['Traders at the night market in Penang. — Reuters pic', ['Reuters']],
    ['The ferry leaves the port at dawn — Getty Images', ['Getty Images']],
    // A photographer working for a paper, closing the caption without a label.
    ['The new bridge spans the river. Ines Varga for The Hamilton Star', ['Ines Varga for The Hamilton Star']],
    // The name before the word for a picture, in the closing bracket.
    ['Divers search the lake on Tuesday. (Hamilton Police photo)', ['Hamilton Police']],
    ['The mayor at the opening. (Ines Varga file photo)', ['Ines Varga']],
    // Labels US papers print: a staff photographer's, a picture given by a body.
    ['Runners cross the finish line. Staff photo by Ines Varga', ['Ines Varga']],
    ['The family at their farm near Moncton. (Submitted by Ines Varga)', ['Ines Varga']],
    // A photographer's name, then the paper the registry knows, between a comma (Gannett's style).
    ['Crews clear snow from the runway on Monday. Lena Marsh, USA TODAY', ['Lena Marsh, USA TODAY']],
    ['The flooded road near the dam. Photo provided by the Hamilton Fire Department', ['Hamilton Fire Department']],
    // Two capitals of a wire in the closing bracket (the AP's style, as PolitiFact and others print it).
    ['Trucks wait at the crossing near the port of entry on Monday. (AP)', ['AP']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'en', 'caption').photos).toEqual(folded(expected));
  });

  // A caption printed as a body paragraph, closing on an agency's credit; the lead picture's credit line in the text.
  it.each([
    ['The coach wants to collect as many points as possible before the break. IMAGO/Lena Marsh', ['IMAGO/Lena Marsh']],
    ['Crowds outside the court on Friday. Tom Reyes/Reuters', ['Tom Reyes/Reuters']],
    ['Main image credit: Getty', ['Getty']],
    ['Lead photo credit: Tom Reyes/Reuters', ['Tom Reyes/Reuters']],
  ])('%s (body)', (text, expected) => {
    expect(credits(text, 'en', 'body').photos).toEqual(folded(expected));
  });

  it.each([
    // Two capitals that are no wire, a figure with a slash, a paragraph that is only the credit (a byline's line),
    // "Main image:" opening a caption (no credit label).
    ['Talks resumed in Geneva on Monday. (UK)', 'caption'],
    ['The talks ended late on Monday. (EU)', 'caption'],
    ['The clinic is now open around the clock. Open 24/7', 'body'],
    ['The vote in the council was close. Smith/Jones', 'body'],
    ['Header image: People have lived in these forests for thousands of years.', 'caption'],
  ] as const)('no photo credit in %s', (text, kind) => {
    expect(credits(text, 'en', kind).photos).toEqual([]);
  });

  // Under a picture, a source cue inside a longer photo label credits the picture only.
  it.each([
    ['The restored tram at the depot. Photo courtesy of the City of Hamilton', ['City of Hamilton']],
    ['Boats in the harbour. Photo provided by the Hamilton Port Authority', ['Hamilton Port Authority']],
    // "via" under a picture names who distributed it, not an outlet passing a quote on.
    ['Crowds at the parade on Sunday. Lena Marsh/Harbor Herald, via Associated Press', ['Lena Marsh/Harbor Herald, via Associated Press']],
  ])('%s credits the picture, not a source', (text, expected) => {
    expect(credits(text, 'en', 'caption')).toMatchObject({ sources: [], photos: folded(expected) });
  });

  // A notice's year is no part of the credit.
  it.each([
    ['Crowds line the parade route in Toronto. © 2026 The Canadian Press', ['The Canadian Press']],
    ['The harbour at dawn. © 2019–2024 Mara Lindqvist', ['Mara Lindqvist']],
  ])('%s', (text, expected) => {
    expect(printedPhotoCredits(text, 'en')).toEqual(expected);
  });

  it.each([['He flew to Rome via Vienna on Monday.'], ['Tickets for the final are sold via the club website.'], ['The picture was shared via Twitter'], ['Smith, Jones'], ['Lena Marsh, Tom Reyes, Ana Lima'], ['Pic of the day: a sunset over the bay'], ['Pictures of the week'],
    // A note on what the picture is, or a picture given with no giver named.
    ['Troops patrol the border on Monday (Video)'], ['The route of the new line [Graphic]'], ['The team after the final. (Submitted photo)'], ['The old mill in 1950. (Courtesy photo)']])('no photo credit in %s', (text) => {
    expect(credits(text, 'en', 'caption').photos).toEqual([]);
  });
});

describe('en: must not credit', () => {
  it.each([
    // "via" a route, a platform or a picture agency is no outlet passing a quote on.
    ['The band toured Europe, via Lisbon and Madrid, last spring.'],
    ['"We are thrilled," the singer said, via Instagram.'],
    ['The statement was sent, via email, to every parent.'],
    // A paper's masthead with "Journal" in it after "in the", or a journal of someone's own, is no journal named by kind.
    ['He said in the Journal Sentinel that he would run again.'],
    ['She kept notes in the journal she carried to every game.'],
    // A dateline's state or country after the comma is where the story is filed, not a site that filed it.
    ['SACRAMENTO, Calif. — Lawmakers approved the budget late Thursday.'],
    ['ANNAPOLIS, MD. — The governor vetoed the bill on Friday.'],
    ['WASHINGTON, D.C. — The Senate adjourned without a vote.'],
    ['TROY, N.Y. — A water main broke under the bridge.'],
    ['SAN DIEGO, CA — Firefighters contained the brush fire.'],
    ['KAMPALA, UGANDA — Parliament passed the amended law.'],
    // A position in a university, an institute, a firm is an affiliation: the expert speaks.
    ['“Netanyahu broke a lot of crockery,” said Martin Indyk, executive vice president of the Brookings Institution.'],
    ['“They were the first to market it,” said Bob Alverson, head of the Fishing Vessel Owners Association, representing boats.'],
    // A headline that opens with "Source:" runs on past its name: a person there is its subject, no credit.
    ['Source: Trump ‘irritated’ by Conway attacks on Romney'],
    // Who was told is an audience when it is an institution, not an outlet.
    ['President Obama told the U.N. General Assembly that he would seek breakthroughs.'],
    ['He told the House Judiciary Committee that he would resign.'],
    // A name before a person's kind is that person's affiliation: the person speaks.
    ['“Pence is really effective,” said a GOP insider in New Hampshire.'],
    ['Prices will fall next year, said a Goldman Sachs analyst.'],
    // A title after the kind of institution starts a person.
    ['According to the police Chief John Smith, the road was closed.'],
    ['Police said the driver was taken to hospital.'],
    ['"We will appeal," the Government said in a statement.'],
    ['"Prices will fall," said Tom Forte, director of research at Davidson Capital.'],
    // Peoples' adjectives in a list before a noun that reads as a verb ("claims") name no body.
    ['The Chilean and Peruvian claims are false, experts say.'],
    // A city's country in an appositive is no state speaking; a clause's opening word is no name.
    ['"The model works," Ana Ruiz, a fellow at the Kessler Institute in Lyon, France, and co-author of the study, said in a statement.'],
    ['"While scientists have not yet detected it directly, the signs are there," Ruiz added.'],
    ['"This is not something he wanted," the insider added.'],
    // The body after a workplace's link word, however the appositive after it describes it: the person speaks.
    ['Jane Roe, a fellow at Marlow, the London-based think tank, said the deal was weak.'],
    ['Tom Hale, an analyst at Brandt, the Texas-based consultancy, told reporters the claim was false.'],
    // A player described by a rank or an age, or the number's abbreviation: no body after "the".
    ['"I served well," the 12th-ranked Okonkwo said.'],
    ['"I was nervous," said the No. 4-seeded Lindqvist.'],
    // A unit after the position lies inside the firm after it: an analyst's affiliation still.
    ['"Rates will stay high," said Priya Nair, Head of Equity Research at Halden Securities.'],
    ['The police said the road would reopen on Monday.'],
    ['The company also said it would cut prices.'],
    ['Esper said the United States would provide a second ship.'],
    ['"It is a difficult decision," said Prime Minister Boris Johnson.'],
    ['President Joe Biden said on Tuesday that talks would resume.'],
    ['Analysts said the market would recover.'],
    ['According to the report, prices will rise.'],
    ['Read more: Reuters reported record profits'],
    ['She told reporters the decision was final.'],
    ['On Monday, officials said the road would reopen.'],
    ['SOURCE: News agencies'],
    ['In a call with analysts, the CEO said demand would recover next year.'],
    ["The country's health ministry said twelve people had died."],
    ['The commander told US media that troops would stay for several more years.'],
    ['The minister told UK officials that the plan was final.'],
    ['Source: Agencies'],
    // "the" before a nationality, a place, a document, a plural of people: no body.
    ['The Swede said he was happy with the result.'],
    ['The Spaniard told reporters he would appeal.'],
    ['The Hague said nothing of it.'],
    ['According to the Paris Agreement, emissions must fall.'],
    ['According to the Consumer Price Index, prices rose 3 percent.'],
    ['The Democrats said the bill would pass.'],
    ['The Duke of Sussex said he was sad to leave.'],
    // A capitalized verb inside a name is the name's ("States", "Claims"), and a plural noun is no verb.
    ['The decision pulls the United States out of the accord.'],
    ['Growth was strongest across the Sun Belt states of Arizona and Nevada.'],
    // A head of state, a party's chair, a former executive, an editor-in-chief speak as persons.
    ['Zimbabwe president Robert Mugabe said he would not resign.'],
    ['GOP chairman Michael Steele said the party would win.'],
    ['Former Nissan chairman Carlos Ghosn said he was innocent.'],
    ['“We are outraged,” Acme Editor-in-Chief Mary Lane said.'],
    // A title inside the name read backwards: the person after it speaks.
    ['Lakeview State Teachers Association President Karen Doyle told the crowd the crisis was now.'],
    // A person's title, a link word and "the" before the body and its holder's name: the holder speaks.
    ['Minister in the Ministry of Trade Anita Roy said exports would rise.'],
    ['Acting U.S. Attorney for the District of Oregon Mark Hale said the inquiry was still open.'],
    // A run closing on a person's title names its holder; a title before a person's possessive is that person's.
    ['The French President said the summit would go ahead.'],
    ['Lena Marsh said she thinks President Obama’s administration kept its promises.'],
    // A body's kind alone, capitalized at a sentence's start, names no body ("Schools report …" is a headline).
    ['Schools report record enrolment this autumn.'],
    // A capitalized word opening a clause is no name before a role.
    ['“Once officers reached the bridge, the car had gone,” a witness said.'],
    // A person's surname named before, heading a speaker role: the person's aides, no body.
    ['Ana Lopez won the seat on Tuesday. Lopez aides said the count was fair.'],
    // A person's report, a person between commas with a position or an expert's kind.
    ["Smith's report said the bridge was unsafe."],
    ['Smith, the director, said the plan failed.'],
    ['Lina Haddad, an expert on the region at the think-tank Chatham Court, told reporters the talks were over.'],
    ['Labour Party chairman Ian Lavery said the vote would be close.'],
    ['Okafor campaign chairman Tunde Bello said the rally would go ahead.'],
    // A possessive that is no outlet's, or a person's document.
    ["Harvard's Jane Roe said the results were surprising."],
    ["Smith's latest annual report said the bridge was unsafe."],
    // A company or a group as the subject of an act, not of a statement.
    ['Netflix shows are watched mostly on phones.'],
    ['Hamas released three hostages on Saturday.'],
    // A price per unit names no one; a force in a city is unnamed.
    ['The rupiah weakened to 16,900 per USD on Friday.'],
    // Analysts and economists of a bank or a firm speak as experts, in the plural too.
    ['Analysts at Morrow Capital estimate that the merger will cut 2,000 jobs.'],
    // A rank "at" a firm, a former holder, a university's head, the holder's name after the firm: persons speak.
    ['"Margins will shrink," said Tom Reyes, who covers retail as a managing director at the Kessler brokerage.'],
    ['Ana Ruiz, the former chief executive of Halden Foods, said she had no regrets.'],
    ['"Enrolment is up," said Ruth Marsh, chief executive of Lakeside University.'],
    ['The President and Chief Executive of Harbor Mills Jane Roe said prices would rise.'],
    // Police named without an article: unnamed with no force named before; told, an audience; a feed's name is no force's.
    ['A man was hurt on Main Street. Police said the driver fled.'],
    ['The Capitol Police arrested him on Friday. When he was approached, he told police he was angry.'],
    ['A dispatcher on the Citywide police scanner said a car had crashed. Police said the driver died.'],
    // A biography's past employers after a pronoun: the author's, no credit.
    ['Before joining the Globe, he reported for the Lakeside Ledger and the Harbor Courier.'],
    ['She previously wrote for the Marlow Gazette.'],
    ['Goldman Sachs economists expect the central bank to hold rates.'],
    // A place in the plural, a people, a family are no team.
    ['The Faroe Islands said the ferry would run again on Monday.'],
    ['The Canadians said in a statement that they would not take part.'],
    ['Ada Okafor died on Monday. The Okafors said in a statement that they were grateful for the support.'],
    ['Google released a new version of its browser.'],
    ['Nintendo showed strong sales in the holiday quarter.'],
    ['Microsoft published a patch for the flaw on Tuesday.'],
    // A place's people before a kind of body that is no outlet describe nothing the reader credits.
    ['He told Spanish reporters in Lima that the vote was rigged.'],
    ['The UN border agency said arrivals fell.'],
    // A person named with an affiliation is no source, nor is the body unless it is an outlet.
    ['“It is flawed,” said Eric Reeves of Smith College.'],
    ['The plan will fail, according to Tom Hale of Goldman Sachs.'],
    ['According to a professor at Harvard University, the data are flawed.'],
    ['Jane Roe reports for duty on Monday.'],
    // A short form that a person named since, or a place inside the name, stands for is no body's.
    ['Johnson & Johnson agreed to pay $5 billion. Boris Johnson welcomed the deal. Johnson said it was fair.'],
    ['Bank of Avalon raised its forecast. Avalon said nothing.'],
    ['Kessler Motors recalled 4,000 cars. Later, Mayor Kessler said the plant would stay open.'],
    ['The Interior Ministry blamed the storm. The company said it would cut jobs.'],
    ['The Indiana State Teachers Association President Keith Gambill spoke. Gambill said the crisis was now.'],
    // An outlet named after "to" or "on" with another verb between it and the reporting one.
    ['He said he would move to Fox News next year.'],
    ['Smith said the ad would run on CNN.'],
    // An expert named with the institute or university they work at: the person speaks.
    ['Jane Roe of the Brookings Institution said the plan would fail.'],
    ['Tom Hale from the Institute for Fiscal Studies (IFS) said taxes would rise.'],
    ['The Netflix show was cancelled after one season.'],
    // A kind of body before a role with no body of that kind named before credits no one.
    ['A campaign spokesperson said the bus tour would reach 40 towns.'],
    // Staff named by a people or a place, or one expert with an affiliation: no body's finding.
    ['Chinese scientists found a new species of frog in the delta.'],
    ['US researchers found that the vaccine lasts a year.'],
    ['Researchers from Kenya found that the lake is shrinking.'],
    ['"Rates will fall," said Jane Roe, an analyst at Morrow Capital.'],
    ['The researchers said the results were clear.'],
    // Names with inner capitals are people's.
    ['DeSantis said the bill would pass.'],
    ['McKinnon told reporters the bill would pass.'],
    ['McCARTHY said the bill would pass.'],
    // "The agency" with no agency named before; what a body found lying about.
    ['The Trump administration ordered cuts. The agency said the checks would take a week.'],
    ['Russia expelled two diplomats. The agency said the move was retaliation.'],
    ['The campaign against littering said nothing new.'],
    // Opening a sentence, printed nowhere else as a name, it is the word; after a first name, a surname.
    ['Apple said to be the crop of the year.'],
    ['Most adults read the news daily, a poll found. People say they trust local papers most.'],
    ['Kirstjen Nielsen spoke on Monday. Nielsen said the plan was final.'],
    // An analyst's firm, a state's office, an officer not speaking: no firm credited.
    ['"We will see," said Jane Roe, vice president of research at Goldman Sachs.'],
    ['"We will see," said Jane Roe, an analyst at Goldman Sachs.'],
    ['"We will see," said Jane Roe, vice president of the United States.'],
    ['Jane Roe, vice president at Orbital Forge Inc., was hired in May.'],
    // A former head, a head met, a head after no firm: no one.
    ['Orbital Forge Inc will build the lander. Former CEO Jane Roe said the plan had failed.'],
    ['Orbital Forge Inc will build the lander. The senator met CEO Jane Roe on Monday.'],
    ['Harwick University will build the lab. CEO Jane Roe said it would open in 2027.'],
    ['The ORBIT program will fund the lander. CEO Jane Roe said it would fly in 2027.'],
  ])('%s', (text) => {
    expect(credits(text, 'en').sources).toEqual([]);
  });
});

describe('en: bylines', () => {
  it.each([
    ['By LENA PARK Associated Press', ['Associated Press']],
    ['Tom Hale | The Canadian Press', ['Canadian Press']],
    ['By Reuters Staff', ['Reuters']],
    ['Ana Ruiz with AFP', ['AFP']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'en', 'byline').sources).toEqual(folded(expected));
  });

  // A reporter's surname that is an outlet's name is no wire at a byline's edge.
  it.each([['By David Sun'], ['By Mary Mirror']])('no credit in %s', (text) => {
    expect(credits(text, 'en', 'byline').sources).toEqual([]);
  });
});

// Several bodies as the subject of one reporting verb: each is credited; a person among them ends the list.
describe('en: listed subjects', () => {
  it.each([
    ['Reuters and Bloomberg reported the merger talks on Tuesday.', ['Reuters', 'Bloomberg']],
    ['The Labor Department and the Commerce Department said the figures would be revised.', ['Labor Department', 'Commerce Department']],
    ['AP, AFP and the BBC reported the blast near the airport.', ['AP', 'AFP', 'BBC']],
    ['Johnson & Johnson said quarterly sales rose 4%.', ['Johnson & Johnson']],
  ])('%s', (text, expected) => {
    expect(credits(text, 'en').sources).toEqual(folded(expected));
  });

  it.each([['Jane Roe and the agency said the data were preliminary.'], ['Smith and Jones said the deal was off.']])('no credit in %s', (text) => {
    expect(credits(text, 'en').sources).toEqual([]);
  });
});
