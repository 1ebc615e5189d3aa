/**
 * The scored layer's weights (lib/detect/scorer.ts), written by `npm run fit` (scripts/fit-scorer.ts): do not
 * edit by hand. Validated by ScorerWeights when first used.
 */
export const WEIGHTS = {
  features: ["bias","kind:before","kind:told","kind:inverted","kind:after","kind:act","kind:around","kind:topic","kind:role","strong","slot","adjacent","near","logDistance","after","words:1","words:2","words:3","words:4+","acronym","domain","why:registry","why:outlet word","why:web address","why:organization word","why:acronym","why:bracketed acronym","why:speaker role","why:definite article","why:strong cue","why:looks like a person","why:person title","blind:registry","blind:outlet word","blind:web address","blind:organization word","blind:acronym","blind:bracketed acronym","blind:speaker role","blind:definite article","blind:strong cue","blind:looks like a person","blind:person title","accept","slot&accept","slot&reject","offSlot&accept","orgWord","companyWord","outletWord","affiliationWord","roleNear","expanded","initial","quoted","personAfter","surname","digits","sentenceCredited","firstBody","syllables","capitalizedNouns","knownWord","lastWordAlone","personShaped"],
  weights: [-1.081,0.499,-1.038,0.528,-0.24,-0.459,0.12,0,0.217,0.145,0.402,-0.526,0.153,-0.42,-0.868,-0.452,-0.185,-0.206,0.47,-0.262,-0.253,1.04,0.473,-0.052,-0.162,-0.396,0.231,0.105,-0.171,-0.154,-1.287,0,0,0.535,-0.253,-0.181,0.07,-0.012,0.217,-0.387,-0.015,0.053,0,0.915,1.142,-0.741,-0.228,-0.018,-0.111,0.01,-0.845,0.758,0.408,-0.713,-0.669,-0.232,-0.084,-0.48,0.537,0.199,0.432,-0.066,0.129,0.064,0.432],
  threshold: 1.00,
  note: "fitted by npm run fit on 165 pages (1655 candidates); threshold 1, the layer adds nothing: no threshold chosen on one half of the sites kept what it adds >= 0.9 precise on the other",
};
