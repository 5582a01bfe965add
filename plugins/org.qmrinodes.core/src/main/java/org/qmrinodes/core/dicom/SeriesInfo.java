package org.qmrinodes.core.dicom;

/**
 * The identifying attributes of a series, from its first file.
 *
 * @param patientId Patient ID (0010,0020)
 * @param studyUid Study Instance UID (0020,000D)
 * @param seriesUid Series Instance UID (0020,000E)
 * @param seriesNumber Series Number (0020,0011), or null
 * @param description Series Description (0008,103E)
 * @param modality Modality (0008,0060)
 * @param manufacturer Manufacturer (0008,0070)
 */
public record SeriesInfo(String patientId, String studyUid, String seriesUid, Integer seriesNumber, String description,
    String modality, String manufacturer) {
}
