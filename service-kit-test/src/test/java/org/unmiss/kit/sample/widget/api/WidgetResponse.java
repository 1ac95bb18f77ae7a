package org.unmiss.kit.sample.widget.api;

import org.unmiss.kit.sample.widget.domain.Colour;
import org.unmiss.kit.sample.widget.domain.Widget;

public record WidgetResponse(String id, String name, int count, Colour colour, String fieldOffice) {

    static WidgetResponse from(Widget widget) {
        return new WidgetResponse(widget.id(), widget.name(), widget.count(), widget.colour(), widget.fieldOffice());
    }
}
