/** The {@code hechos} command line. */
package org.hechos.cli;
