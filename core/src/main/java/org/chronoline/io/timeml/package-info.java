/**
 * TimeML (TempEval-3) input and output: reading {@code .tml} / {@code .TE3input} documents and their
 * gold TIMEX3 annotations, writing documents with TIMEX3 tags, and TempEval-3 TIMEX3 scoring.
 */
package org.chronoline.io.timeml;
