/** The {@code cartpole} environment plugin: CartPole-v1 with Gymnasium's dynamics. */
package io.hololoom.env.cartpole;
