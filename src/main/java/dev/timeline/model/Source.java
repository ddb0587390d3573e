package dev.timeline.model;

import dev.timeline.dates.EventDate;

/**
 * A citation for an event.
 *
 * @param outlet    the publication, or null when the citing text leaves it blank
 * @param published when it was published, at the precision known, or null
 * @param title     title of the piece, or null
 * @param url       address of the piece, or null
 * @param note      anything else that identifies it (volume, issue), or null
 */
public record Source(String outlet, EventDate published, String title, String url, String note) {

    public Source {
        if (outlet == null && published == null && title == null && url == null) {
            throw new IllegalArgumentException("a source needs an outlet, a date, a title or a URL");
        }
    }

    /** "Caspian News 2023-01-30", "2023-03-30" when the outlet is unknown, "Caspian News" when undated. */
    public String citation() {
        String who = outlet != null ? outlet : title;
        if (published == null) {
            return who != null ? who : url;
        }
        return who == null ? published.toString() : who + " " + published;
    }
}
