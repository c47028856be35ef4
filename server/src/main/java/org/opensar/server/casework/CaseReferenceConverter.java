package org.opensar.server.casework;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets controllers take a {@link CaseReference} straight from the path. */
@Component
class CaseReferenceConverter implements Converter<String, CaseReference> {

    @Override
    public CaseReference convert(String source) {
        return new CaseReference(source.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
