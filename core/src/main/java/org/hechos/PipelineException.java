package org.hechos;

/** A stage failed on a document; the message names the stage. */
public final class PipelineException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String stage;

  public PipelineException(String stage, RuntimeException cause) {
    super(stage + " failed: " + cause, cause);
    this.stage = stage;
  }

  public String stage() {
    return stage;
  }
}
