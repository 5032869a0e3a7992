/**
 * Helpers the core packages and the bundled adapters share. Not API: anything here may change in any release.
 */
package io.academichub.internal;
