package org.hechos.tokens;

/** A token as the tokenizer cut it: clean text range only. */
record RawToken(String text, int cleanBegin, int cleanEnd) {}
