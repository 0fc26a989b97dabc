/** Immutable values of the Galley domain. No I/O and no dependency on any other Galley package. */
package app.galley.model;
