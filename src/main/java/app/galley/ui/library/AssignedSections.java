package app.galley.ui.library;

import app.galley.ui.app.AppContext;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The sidebar's sections of assignments (issue 23): "Assigned to me" (the user's name, as the window
 * knows it) and "Overdue" (by the library's clock), their articles read with every reload of the
 * rows, and how many each holds.
 */
final class AssignedSections {

    private final Map<Section.Assigned, IntegerProperty> counts = new EnumMap<>(Section.Assigned.class);

    AssignedSections(AppContext context, ArticleRows rows) {
        for (Section.Assigned a : Section.Assigned.values()) {
            counts.put(a, new SimpleIntegerProperty());
        }
        var assignments = context.services().assignments();
        rows.onAssigned(a -> a == Section.Assigned.MINE ? assignments.assignedTo(context.services().user())
                : assignments.overdue(), read -> read.forEach((a, n) -> counts.get(a).set(n)));
    }

    /** How many articles the section holds. */
    IntegerProperty count(Section.Assigned a) {
        return counts.get(a);
    }
}
