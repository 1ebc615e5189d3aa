/**
 * The scored layer's weights (lib/detect/scorer.ts), written by `npm run fit` (scripts/fit-scorer.ts): do not
 * edit by hand. Validated by ScorerWeights when first used.
 */
export const WEIGHTS = {
  features: ["bias","kind:before","kind:told","kind:inverted","kind:after","kind:act","kind:around","kind:topic","kind:role","strong","slot","adjacent","near","logDistance","after","words:1","words:2","words:3","words:4+","acronym","domain","why:registry","why:outlet word","why:web address","why:organization word","why:acronym","why:bracketed acronym","why:speaker role","why:definite article","why:strong cue","why:looks like a person","why:person title","blind:registry","blind:outlet word","blind:web address","blind:organization word","blind:acronym","blind:bracketed acronym","blind:speaker role","blind:definite article","blind:strong cue","blind:looks like a person","blind:person title","accept","slot&accept","slot&reject","offSlot&accept","orgWord","companyWord","outletWord","affiliationWord","roleNear","expanded","initial","quoted","personAfter","surname","digits","sentenceCredited","firstBody","syllables","capitalizedNouns","knownWord","knownOutlet","knownGovernment","lastWordAlone","personShaped"],
  weights: [-0.918,0.367,-0.431,0.229,-0.606,0.062,0.209,0,-0.112,0.097,0.431,-0.745,0.238,-0.571,-1.084,-0.41,0.006,-0.036,0.157,-0.173,-0.078,1.277,0.386,0,-0.38,-0.482,0.452,0.063,-0.089,-0.287,-1.222,0,0,0.597,-0.078,-0.059,0.111,0.136,0.161,-0.491,-0.186,-0.1,0,0.94,1.118,-0.687,-0.178,-0.091,-0.184,0.497,-0.837,1.003,0.486,-0.725,-0.895,-0.144,-0.559,-0.044,1.241,0.383,0.196,0.039,-0.13,-0.115,-0.562,0.064,0.197],
  threshold: 1.00,
  note: "fitted by npm run fit on 165 pages (1155 candidates); threshold 1, the layer adds nothing: no threshold chosen on one half of the sites kept what it adds >= 0.9 precise on the other",
};
