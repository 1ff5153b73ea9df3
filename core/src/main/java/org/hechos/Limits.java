package org.hechos;

/**
 * Bounds on the work one {@link Pipeline#extract} call may do, so that hostile or broken input
 * cannot stall a server.
 *
 * <ul>
 *   <li>{@code maxInputChars}: longer input is rejected with an {@link IllegalArgumentException}
 *       naming this limit; nothing is truncated silently. Default {@value #DEFAULT_MAX_INPUT_CHARS}
 *       UTF-16 chars.
 *   <li>{@code maxSentenceTokens}: a sentence with more tokens is cut into consecutive chunks of at
 *       most this many tokens (at a comma or semicolon in the second half of the chunk where there
 *       is one), and each chunk is a sentence for entities, coreference and relations. CoreNLP's
 *       CRF is slow and memory hungry on very long sentences. Default {@value
 *       #DEFAULT_MAX_SENTENCE_TOKENS} tokens.
 * </ul>
 */
public record Limits(int maxInputChars, int maxSentenceTokens) {

  public static final int DEFAULT_MAX_INPUT_CHARS = 1_000_000;
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 500;

  /** The defaults: 1,000,000 chars of input, 500 tokens per sentence. */
  public static final Limits DEFAULT = new Limits(DEFAULT_MAX_INPUT_CHARS, DEFAULT_MAX_SENTENCE_TOKENS);

  public Limits {
    if (maxInputChars < 1) {
      throw new IllegalArgumentException("maxInputChars must be positive: " + maxInputChars);
    }
    if (maxSentenceTokens < 2) {
      throw new IllegalArgumentException("maxSentenceTokens must be at least 2: " + maxSentenceTokens);
    }
  }

  public Limits withMaxInputChars(int chars) {
    return new Limits(chars, maxSentenceTokens);
  }

  public Limits withMaxSentenceTokens(int tokens) {
    return new Limits(maxInputChars, tokens);
  }
}
