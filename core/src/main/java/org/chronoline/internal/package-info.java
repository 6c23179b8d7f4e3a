/**
 * Internals shared by Chronoline's packages. Not part of the API: anything here may change in any
 * release; do not use it from outside Chronoline.
 */
package org.chronoline.internal;
