package dev.timeline.extract;

/**
 * The article extracted from, as every draft's first source.
 *
 * @param outlet    the outlet that published it, or null
 * @param title     its title, or null
 * @param published its publication date
 */
public record Article(String outlet, String title, Anchor published) {
}
