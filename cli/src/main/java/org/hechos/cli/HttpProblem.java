package org.hechos.cli;

/** A request the service refuses: the HTTP status and a one-line reason for the client. */
final class HttpProblem extends Exception {

  private final int status;

  HttpProblem(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
