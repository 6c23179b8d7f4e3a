/**
 * Reading articles and writing timelines. One sub-package per format: {@code json} for the native
 * article and timeline JSON. Readers never stop at a bad record: each problem becomes a located
 * {@link org.chronoline.model.Diagnostic} (file, line, field) and the remaining records are read.
 */
package org.chronoline.io;
