package org.opensar.server.review;

import org.opensar.engine.pack.DeliveryFormat;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads OPENSAR_DELIVERY_FORMAT as people write it, {@code pdf} or {@code zip}; any other value stops the server at
 * start with a message saying which two it may be.
 */
@Component
@ConfigurationPropertiesBinding
class DeliveryFormatSetting implements Converter<String, DeliveryFormat> {

    @Override
    public DeliveryFormat convert(String setting) {
        return DeliveryFormat.of(setting);
    }
}
