package org.qmrinodes.workflows;

/**
 * A workflow annotation: a text box on the canvas, here naming a step and its section in the
 * study's methods.
 *
 * @param text the text (lines separated by {@code \n})
 * @param x left
 * @param y top
 * @param width width
 * @param height height
 * @param color background colour as RGB
 */
public record Annotation(String text, int x, int y, int width, int height, int color) {
}
