package org.hechos.models.syntax;

/**
 * Hashes a feature (a template number and up to three atom values) to 32 bits, so that features
 * need no dictionary: a {@link WeightTable} row is chosen by the low bits. Collisions are rare
 * and cost little accuracy.
 */
final class FeatureHash {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private FeatureHash() {}

  static int of(int template, int a) {
    return mix((template * GOLDEN + a) * GOLDEN);
  }

  static int of(int template, int a, int b) {
    return mix(((template * GOLDEN + a) * GOLDEN + b) * GOLDEN);
  }

  static int of(int template, int a, int b, int c) {
    return mix((((template * GOLDEN + a) * GOLDEN + b) * GOLDEN + c) * GOLDEN);
  }

  /** MurmurHash3's 64-bit finalizer. */
  private static int mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h;
  }
}
