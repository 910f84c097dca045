/** The {@code a2c} trainer plugin: advantage actor-critic over the trainable-policy contract. */
package io.hololoom.trainer.a2c;
