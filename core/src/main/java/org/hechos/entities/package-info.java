/**
 * Named entities and values. {@link org.hechos.entities.Entities#spanish} builds one stage,
 * {@code EntityRecognizer}, which runs per document:
 *
 * <ol>
 *   <li>CoreNLP's Spanish CRF labels each sentence; runs of one label become candidates;
 *   <li>{@code NameRules} correct them within the sentence: cuts at brackets and desk codes,
 *       the lexicon's proper-noun classes (spanish-pos-dict tags places NP..G00, persons
 *       NP..SP0), portfolios ({@code Portfolios}: a portfolio word after "ministro de"),
 *       gazetteers (JDK country names in Spanish, {@code locations.tsv},
 *       {@code organizations.tsv}, {@code misc-names.tsv}), acronyms in brackets, head nouns
 *       ({@code name-heads.tsv}), context cues ({@code name-cues.tsv}: datelines, places after
 *       "alcalde de", clubs after "el", organizations after "la empresa"), names in brackets
 *       after a name ({@code BracketRules}: "Puyol ( Barcelona )" is a club), person-name
 *       shapes ({@code person-names.tsv}) and titles ({@code titles.tsv});
 *   <li>{@code DocumentConsistency} makes one name keep one type in the document;
 *   <li>{@code ValueRecognizer} finds dates, money, percentages and numbers (words in
 *       {@code values.tsv}) with normalized values; a value replaces any name it overlaps.
 * </ol>
 *
 * Candidates are immutable records replaced, never edited, from step to step. All rule files load
 * when the stage is built; the stage is immutable and thread-safe.
 *
 * <p>Normalized values: dates in ISO 8601 where the text gives enough ({@code 2021-03-03},
 * {@code --07-14} for a day without a year, {@code --07} for a month, {@code 2021-H1},
 * {@code 2025-Q1}, {@code XXXX-XX-28} for "el 28 del presente mes", {@code XXXX-WXX-1} for
 * "el lunes", ranges as {@code begin/end}); dates relative to the unknown document date as
 * {@code REF}, {@code REF-P1Y} ("el año pasado"), {@code REF+P0Y} ("este año"); money as
 * {@code "2600000000 USD"}; percentages and numbers as plain decimals ({@code "12.5"}).
 *
 * <p>Where annotation conventions differ ({@link org.hechos.entities.Convention}), the default
 * follows the seeds' gold; {@code Convention.CONLL2002} follows CoNLL-2002 for measuring there.
 */
package org.hechos.entities;
