#!/bin/sh
# Trains a CoreNLP CRF on CoNLL-2002 esp.train. Never run by the build; run by hand from the
# repository root:   sh models/conll2002/train.sh [DATA_DIR]
# DATA_DIR defaults to ../shared/data; it must hold conll2002/esp.train.
# Takes 10-20 minutes and about 6 GB of heap on two cores.
set -eu
DATA=${1:-../shared/data}
mkdir -p target/conll2002
# "word POS IOB2" -> "word<TAB>CLASS" with CoreNLP's class names (IO encoding)
awk 'NF==0{print ""; next}
     {l=$3; if (l!="O") {t=substr(l,3); l=(t=="PER"?"PERSON":t=="ORG"?"ORGANIZATION":t=="LOC"?"LOCATION":"MISC")}
      print $1 "\t" l}' "$DATA/conll2002/esp.train" > target/conll2002/train.tsv
mvn -q -B -pl models dependency:build-classpath -Dmdep.outputFile=target/conll2002/cp.txt
java -Xmx10g -cp "$(cat target/conll2002/cp.txt)" edu.stanford.nlp.ie.crf.CRFClassifier \
  -prop models/conll2002/conll2002.es.prop
