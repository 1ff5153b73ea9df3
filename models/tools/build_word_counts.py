#!/usr/bin/env python3
"""Rebuilds models/src/main/resources/hechos/es/word_counts.tsv.gz.

Word unigram and bigram counts (lowercased, NFC) from two hand-annotated Spanish
news corpora: CoNLL-2002 Spanish esp.train and the CESS-ESP treebank flattened
to cess_esp.tsv (see ../shared/data/README.md). esp.testa and esp.testb are NOT
read: the glued-word measurement runs on esp.testa and must stay unseen.

Usage: python3 models/tools/build_word_counts.py [DATA_DIR] [OUT]
  DATA_DIR defaults to ../shared/data relative to the repository root.

Output (UTF-8, gzip, tab-separated, '#' comments):
  U<TAB>word<TAB>count            every word seen (count >= 1)
  B<TAB>word1<TAB>word2<TAB>count adjacent pairs inside a sentence, count >= 2
Only a derived count table leaves the corpora; no sentence can be rebuilt from it.
"""
import collections, gzip, os, sys, unicodedata

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, '..', 'shared', 'data')
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
    root, 'models', 'src', 'main', 'resources', 'hechos', 'es', 'word_counts.tsv.gz')


def norm(w):
    return unicodedata.normalize('NFC', w).lower()


def conll_sentences(path):
    sent = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip():
                if sent:
                    yield sent
                sent = []
                continue
            sent.append(line.split(' ')[0])
    if sent:
        yield sent


def cess_sentences(path):
    sent = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('# doc'):
                continue
            if not line.strip():
                if sent:
                    yield sent
                sent = []
                continue
            form = line.split('\t')[0]
            sent.extend(form.split(' '))  # multiword units are joined with spaces
    if sent:
        yield sent


uni, bi = collections.Counter(), collections.Counter()
for sentences in (conll_sentences(os.path.join(data, 'conll2002', 'esp.train')),
                  cess_sentences(os.path.join(data, 'cess_esp.tsv'))):
    for sent in sentences:
        words = [norm(w) for w in sent if w and '\t' not in w]
        uni.update(words)
        bi.update(zip(words, words[1:]))

with gzip.GzipFile(out, 'wb', mtime=0) as raw:
    f = raw
    def put(s):
        f.write(s.encode('utf-8'))
    put('# Spanish word counts, lowercased: CoNLL-2002 esp.train + CESS-ESP (cess_esp.tsv).\n')
    put('# Rebuild: python3 models/tools/build_word_counts.py; see models/README.md.\n')
    put('# U<TAB>word<TAB>count | B<TAB>word1<TAB>word2<TAB>count (pairs seen at least twice)\n')
    for w, c in sorted(uni.items(), key=lambda x: (-x[1], x[0])):
        put(f'U\t{w}\t{c}\n')
    for (a, b), c in sorted(bi.items(), key=lambda x: (-x[1], x[0])):
        if c >= 2:
            put(f'B\t{a}\t{b}\t{c}\n')
print(f'{len(uni)} words, {sum(uni.values())} tokens, '
      f'{sum(1 for c in bi.values() if c >= 2)} bigrams -> {out}', file=sys.stderr)
