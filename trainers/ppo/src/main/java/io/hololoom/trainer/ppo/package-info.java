/** The {@code ppo} trainer plugin: proximal policy optimisation over the trainable-policy contract. */
package io.hololoom.trainer.ppo;
