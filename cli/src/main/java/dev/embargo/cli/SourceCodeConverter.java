package dev.embargo.cli;

import dev.embargo.lists.model.Source;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a source code ("un", "us-ofac-sdn") as given on the command line. */
final class SourceCodeConverter implements ITypeConverter<Source> {
    @Override
    public Source convert(String value) {
        return Source.fromCode(value.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new TypeConversionException("unknown source '" + value + "', expected one of "
                        + Arrays.stream(Source.values()).map(Source::code).collect(Collectors.joining(", "))));
    }
}
