package dev.timeline.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.model.Dataset;
import org.junit.jupiter.api.Test;

/**
 * The bundled dataset as the build's generated code builds it ({@code GeneratedBundledDataset}, from
 * {@code tools.BundledDatasetSource}) is the dataset its JSON reads as, to the last field of every record.
 */
class BundledDatasetTest {

    @Test
    void theGeneratedDatasetIsTheOneItsJsonReadsAs() throws ReflectiveOperationException {
        Dataset generated = ((DatasetReader.Bundled) Class.forName("dev.timeline.dataset.GeneratedBundledDataset")
                .getDeclaredConstructor().newInstance()).dataset();
        Dataset read = DatasetReader.read(DatasetReader.bundled(), DatasetReader.BUNDLED_NAME);
        assertThat(generated).isEqualTo(read);
        // record equality compares dates by their canonical text: their spans and precisions too
        for (int i = 0; i < read.events().size(); i++) {
            assertThat(generated.events().get(i).date().span()).isEqualTo(read.events().get(i).date().span());
            assertThat(generated.events().get(i).date().precision())
                    .isEqualTo(read.events().get(i).date().precision());
        }
        assertThat(DatasetReader.bundledDataset()).isEqualTo(read);
    }
}
