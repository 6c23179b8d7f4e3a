/**
 * Knight Lab TimelineJS3 data: {@link org.chronoline.io.timelinejs.TimelineJsWriter} and its JSON
 * Schema, {@code timelinejs.schema.json}.
 */
package org.chronoline.io.timelinejs;
