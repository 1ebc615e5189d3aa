/**
 * The scored layer's weights (lib/detect/scorer.ts), written by `npm run fit` (scripts/fit-scorer.ts): do not
 * edit by hand. Validated by ScorerWeights when first used.
 */
export const WEIGHTS = {
  features: ["bias","kind:before","kind:told","kind:inverted","kind:after","kind:act","kind:around","kind:topic","kind:role","strong","slot","adjacent","near","logDistance","after","words:1","words:2","words:3","words:4+","acronym","domain","why:registry","why:outlet word","why:web address","why:organization word","why:acronym","why:bracketed acronym","why:speaker role","why:definite article","why:strong cue","why:looks like a person","why:person title","blind:registry","blind:outlet word","blind:web address","blind:organization word","blind:acronym","blind:bracketed acronym","blind:speaker role","blind:definite article","blind:strong cue","blind:looks like a person","blind:person title","accept","slot&accept","slot&reject","offSlot&accept","orgWord","companyWord","outletWord","affiliationWord","roleNear","expanded","initial","quoted","personAfter","surname","digits","sentenceCredited","firstBody","syllables","capitalizedNouns","knownWord","knownOutlet","knownGovernment","lastWordAlone","personShaped"],
  weights: [-0.874,0.39,-0.433,0.23,-0.613,0.072,0.198,0,-0.105,0.081,0.414,-0.767,0.21,-0.572,-1.079,-0.398,0.003,-0.034,0.167,-0.194,-0.092,1.295,0.38,0,-0.407,-0.472,0.446,0.061,-0.093,-0.291,-1.181,0,0,0.585,-0.092,-0.246,0.086,0.127,0.156,-0.494,-0.198,-0.219,0,0.92,1.106,-0.692,-0.186,0.103,-0.196,0.486,-0.85,1.002,0.478,-0.696,-0.886,-0.142,-0.453,-0.044,1.245,0.377,0.215,0.084,0.136,-0.109,-0.566,0.082,0.23],
  threshold: 1.00,
  note: "fitted by npm run fit on 165 pages (1156 candidates); threshold 1, the layer adds nothing: no threshold chosen on one half of the sites kept what it adds >= 0.9 precise on the other",
};
