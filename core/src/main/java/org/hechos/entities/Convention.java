package org.hechos.entities;

/**
 * Where annotation conventions differ, which one the recognizer follows. They differ in one
 * place: the portfolio after a minister's title ("el ministro de Economía").
 */
public enum Convention {
  /** hechos's own (the seeds' gold): a portfolio is no mention. The default. */
  NEWS,
  /** CoNLL-2002 Spanish: a portfolio is MISC. For measuring on CoNLL-2002. */
  CONLL2002
}
