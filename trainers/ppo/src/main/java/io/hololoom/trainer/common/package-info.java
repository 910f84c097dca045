/**
 * Internal building blocks shared by this module's trainers (Adam, GAE, categorical-policy gradients,
 * gradient clipping, a serialisable random source, atomic checkpoints). Not a plugin API: other modules must
 * not depend on it.
 */
package io.hololoom.trainer.common;
