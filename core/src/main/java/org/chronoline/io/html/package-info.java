/**
 * One self-contained HTML page with an interactive time axis and a plain list:
 * {@link org.chronoline.io.html.HtmlTimelineWriter}, with its own script and style ({@code view.js},
 * {@code view.css}) inlined.
 */
package org.chronoline.io.html;
