package org.hechos.models.syntax;

/**
 * The features of an arc-hybrid state: forms and tags of the top three stack items, the first
 * three buffer words and their outermost dependents, in the pairs, triples, distances, valencies
 * of Zhang and Nivre (2011), plus the punctuation between the items compared.
 */
final class ParserFeatures {

  static final int MAX = 96;

  private ParserFeatures() {}

  static int extract(ArcHybridState s, ParserInput in, int[] f) {
    int s0 = s.stack(0);
    int s1 = s.stack(1);
    int s2 = s.stack(2);
    int b0 = s.buffer(0);
    int b1 = s.buffer(1);
    int b2 = s.buffer(2);
    int s0l = s.leftmost(s0);
    int s0r = s.rightmost(s0);
    int s1l = s.leftmost(s1);
    int s1r = s.rightmost(s1);
    int b0l = s.leftmost(b0);
    int s0w = in.form(s0);
    int s0p = in.tag(s0);
    int s0wp = in.formTag(s0);
    int s1w = in.form(s1);
    int s1p = in.tag(s1);
    int s1wp = in.formTag(s1);
    int b0w = in.form(b0);
    int b0p = in.tag(b0);
    int b0wp = in.formTag(b0);
    int b1p = in.tag(b1);
    int b2p = in.tag(b2);
    int s0lp = in.tag(s0l);
    int s0rp = in.tag(s0r);
    int b0lp = in.tag(b0l);
    int d = ParserInput.distance(s0, b0);
    int d1 = ParserInput.distance(s1, s0);
    int n = 0;
    f[n++] = FeatureHash.of(1, s0w);
    f[n++] = FeatureHash.of(2, s0p);
    f[n++] = FeatureHash.of(3, s0wp);
    f[n++] = FeatureHash.of(4, s1w);
    f[n++] = FeatureHash.of(5, s1p);
    f[n++] = FeatureHash.of(6, s1wp);
    f[n++] = FeatureHash.of(7, in.tag(s2));
    f[n++] = FeatureHash.of(8, in.form(s2));
    f[n++] = FeatureHash.of(9, b0w);
    f[n++] = FeatureHash.of(10, b0p);
    f[n++] = FeatureHash.of(11, b0wp);
    f[n++] = FeatureHash.of(12, in.form(b1));
    f[n++] = FeatureHash.of(13, b1p);
    f[n++] = FeatureHash.of(14, in.formTag(b1));
    f[n++] = FeatureHash.of(15, in.form(b2));
    f[n++] = FeatureHash.of(16, b2p);
    f[n++] = FeatureHash.of(17, in.form(s0l));
    f[n++] = FeatureHash.of(18, s0lp);
    f[n++] = FeatureHash.of(19, in.form(s0r));
    f[n++] = FeatureHash.of(20, s0rp);
    f[n++] = FeatureHash.of(21, in.tag(s1l));
    f[n++] = FeatureHash.of(22, in.tag(s1r));
    f[n++] = FeatureHash.of(23, in.form(s1r));
    f[n++] = FeatureHash.of(24, in.form(b0l));
    f[n++] = FeatureHash.of(25, b0lp);
    f[n++] = FeatureHash.of(26, in.tag(s.secondLeftmost(s0)));
    f[n++] = FeatureHash.of(27, in.tag(s.secondRightmost(s0)));
    f[n++] = FeatureHash.of(28, in.tag(s.secondLeftmost(b0)));
    f[n++] = FeatureHash.of(29, s0wp, b0wp);
    f[n++] = FeatureHash.of(30, s0wp, b0w);
    f[n++] = FeatureHash.of(31, s0w, b0wp);
    f[n++] = FeatureHash.of(32, s0wp, b0p);
    f[n++] = FeatureHash.of(33, s0p, b0wp);
    f[n++] = FeatureHash.of(34, s0w, b0w);
    f[n++] = FeatureHash.of(35, s0p, b0p);
    f[n++] = FeatureHash.of(36, b0p, b1p);
    f[n++] = FeatureHash.of(37, s1p, s0p);
    f[n++] = FeatureHash.of(38, s1w, s0w);
    f[n++] = FeatureHash.of(39, s1wp, s0p);
    f[n++] = FeatureHash.of(40, s1p, s0wp);
    f[n++] = FeatureHash.of(41, s1p, b0p);
    f[n++] = FeatureHash.of(42, s1w, b0w);
    f[n++] = FeatureHash.of(43, s1wp, s0wp);
    f[n++] = FeatureHash.of(44, b0p, b1p, b2p);
    f[n++] = FeatureHash.of(45, s0p, b0p, b1p);
    f[n++] = FeatureHash.of(46, s1p, s0p, b0p);
    f[n++] = FeatureHash.of(47, in.tag(s2), s1p, s0p);
    f[n++] = FeatureHash.of(48, s0p, s0lp, b0p);
    f[n++] = FeatureHash.of(49, s0p, s0rp, b0p);
    f[n++] = FeatureHash.of(50, s0p, b0p, b0lp);
    f[n++] = FeatureHash.of(51, s1p, in.tag(s1r), s0p);
    f[n++] = FeatureHash.of(52, s0p, s0lp, in.tag(s.secondLeftmost(s0)));
    f[n++] = FeatureHash.of(53, s0p, s0rp, in.tag(s.secondRightmost(s0)));
    f[n++] = FeatureHash.of(54, b0p, b0lp, in.tag(s.secondLeftmost(b0)));
    f[n++] = FeatureHash.of(55, s1p, s0p, s0lp);
    f[n++] = FeatureHash.of(56, s1p, in.tag(s1l), s0p);
    f[n++] = FeatureHash.of(57, s1p, s0p, s0rp);
    f[n++] = FeatureHash.of(58, s0w, d);
    f[n++] = FeatureHash.of(59, s0p, d);
    f[n++] = FeatureHash.of(60, b0w, d);
    f[n++] = FeatureHash.of(61, b0p, d);
    f[n++] = FeatureHash.of(62, s0w, b0w, d);
    f[n++] = FeatureHash.of(63, s0p, b0p, d);
    f[n++] = FeatureHash.of(64, s1p, s0p, d1);
    f[n++] = FeatureHash.of(65, s1w, s0w, d1);
    f[n++] = FeatureHash.of(66, s0w, s.leftCount(s0));
    f[n++] = FeatureHash.of(67, s0p, s.leftCount(s0));
    f[n++] = FeatureHash.of(68, s0w, s.rightCount(s0));
    f[n++] = FeatureHash.of(69, s0p, s.rightCount(s0));
    f[n++] = FeatureHash.of(70, b0w, s.leftCount(b0));
    f[n++] = FeatureHash.of(71, b0p, s.leftCount(b0));
    f[n++] = FeatureHash.of(72, s1p, s.rightCount(s1));
    f[n++] = FeatureHash.of(73, s1w, s.rightCount(s1));
    f[n++] = FeatureHash.of(74, s0p, b0p, in.punctuationBetween(s0, b0));
    f[n++] = FeatureHash.of(75, s1p, s0p, in.punctuationBetween(s1, s0));
    f[n++] = FeatureHash.of(76, s0p, b0w, b1p);
    f[n++] = FeatureHash.of(77, s1p, s0w, b0p);
    f[n++] = FeatureHash.of(78, s1w, s0p, b0p);
    f[n++] = FeatureHash.of(79, s0p, in.lexiconClass(b0));
    f[n++] = FeatureHash.of(80, in.lexiconClass(s0), b0p);
    f[n++] = FeatureHash.of(81, s1p, in.lexiconClass(s0));
    f[n++] = FeatureHash.of(82, s0p, b0p, s.depth() > 2 ? 1 : 0);
    f[n++] = FeatureHash.of(83, s0p, b0p, b0 < 0 ? 1 : b0 == s.words() ? 2 : 0);
    f[n++] = FeatureHash.of(84, s0p, b0p, in.source());
    f[n++] = FeatureHash.of(85, s1p, s0p, in.source());
    f[n++] = FeatureHash.of(86, s0wp, b0p, in.source());
    f[n++] = FeatureHash.of(87, s0p, b0p, in.numbers(s0, b0));
    f[n++] = FeatureHash.of(88, s1p, s0p, in.numbers(s1, s0));
    return n;
  }
}
