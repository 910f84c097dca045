/**
 * The HoloLoom plugin protocols and value records.
 *
 * <p>This package depends on the JDK only. Every protocol is a small interface (at most five abstract
 * methods) whose javadoc states its contract: thread safety, value ranges and what happens on bad input.
 * Values are immutable records whose compact constructors validate and copy their inputs.
 */
package io.hololoom.api;
