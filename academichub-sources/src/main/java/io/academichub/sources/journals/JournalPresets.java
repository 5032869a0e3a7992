package io.academichub.sources.journals;

import io.academichub.source.SourceCatalog;
import io.academichub.source.SourceProvider;

import java.util.List;

/**
 * The journal presets as source kinds, one per row of the presets table ({@link JournalPreset#all()}), discovered
 * through {@link java.util.ServiceLoader} as a {@link SourceCatalog}: adding a journal is a line of data.
 */
public final class JournalPresets implements SourceCatalog {

    /** For {@link java.util.ServiceLoader}. */
    public JournalPresets() {
    }

    /** A {@link JournalPresetProvider} for each preset. */
    @Override
    public List<SourceProvider> providers() {
        return JournalPreset.all().stream().<SourceProvider>map(JournalPresetProvider::new).toList();
    }
}
