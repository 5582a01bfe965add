package org.qmrinodes.core.features.radiomics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PyRadiomics' 3D shape features ({@code shape}) of a region, from the mask alone. V and A are the
 * volume and surface area of its marching-cubes mesh ({@link MarchingCubes}: the mask padded by one
 * voxel, vertices halfway along the cube edges, A the sum of the triangle areas, V the sum of the
 * signed volumes of the tetrahedra the triangles form with the origin); N<sub>v</sub> is the number of
 * voxels and V<sub>k</sub> the volume of one. Diameters are distances between mesh vertices
 * ({@link MeshDiameters}). λ<sub>major</sub> ≥ λ<sub>minor</sub> ≥ λ<sub>least</sub> are the eigenvalues
 * of the covariance of the physical voxel-centre coordinates ({@link PrincipalAxes}).
 */
public final class ShapeFeatures {

    private final RegionOfInterest region;
    private final MarchingCubes.Result mesh;
    private final MeshDiameters.Diameters diameters;
    private final double[] eigenvalues;

    /** @param region the region (its intensities are not used) */
    public ShapeFeatures(final RegionOfInterest region) {
        this.region = region;
        this.mesh = MarchingCubes.of(region);
        this.diameters = MeshDiameters.of(region);
        this.eigenvalues = PrincipalAxes.eigenvalues(PrincipalAxes.coordinates(region));
    }

    /**
     * @return the features PyRadiomics enables by default, in its order (alphabetical), keyed by
     *         PyRadiomics name (unmodifiable)
     */
    public Map<String, Double> values() {
        final Map<String, Double> out = new LinkedHashMap<>();
        out.put("Elongation", elongation());
        out.put("Flatness", flatness());
        out.put("LeastAxisLength", leastAxisLength());
        out.put("MajorAxisLength", majorAxisLength());
        out.put("Maximum2DDiameterColumn", maximum2DDiameterColumn());
        out.put("Maximum2DDiameterRow", maximum2DDiameterRow());
        out.put("Maximum2DDiameterSlice", maximum2DDiameterSlice());
        out.put("Maximum3DDiameter", maximum3DDiameter());
        out.put("MeshVolume", meshVolume());
        out.put("MinorAxisLength", minorAxisLength());
        out.put("Sphericity", sphericity());
        out.put("SurfaceArea", surfaceArea());
        out.put("SurfaceVolumeRatio", surfaceVolumeRatio());
        out.put("VoxelVolume", voxelVolume());
        return Collections.unmodifiableMap(out);
    }

    /**
     * @return the features PyRadiomics marks deprecated (computed only when named), keyed by PyRadiomics
     *         name (unmodifiable)
     */
    public Map<String, Double> deprecatedValues() {
        final Map<String, Double> out = new LinkedHashMap<>();
        out.put("Compactness1", compactness1());
        out.put("Compactness2", compactness2());
        out.put("SphericalDisproportion", sphericalDisproportion());
        return Collections.unmodifiableMap(out);
    }

    /** @return Mesh Volume V = Σ a·(b × c)/6 over the mesh triangles (IBSI volume RNU0) */
    public double meshVolume() {
        return mesh.volume();
    }

    /** @return Voxel Volume = N<sub>v</sub> V<sub>k</sub> (IBSI approximate volume YEKZ) */
    public double voxelVolume() {
        return region.voxelCount() * region.voxelVolume();
    }

    /** @return Surface Area A = Σ ½|(a − c) × (b − c)| over the mesh triangles (IBSI surface area C0JK) */
    public double surfaceArea() {
        return mesh.surfaceArea();
    }

    /** @return Surface Volume Ratio = A/V (IBSI surface to volume ratio 2PR5) */
    public double surfaceVolumeRatio() {
        return mesh.surfaceArea() / mesh.volume();
    }

    /** @return Sphericity = ∛(36πV²)/A (IBSI sphericity QCFX) */
    public double sphericity() {
        return Math.cbrt(36 * Math.PI * mesh.volume() * mesh.volume()) / mesh.surfaceArea();
    }

    /** @return Compactness 1 = V/√(πA³) (IBSI compactness 1 SKGS; deprecated in PyRadiomics) */
    public double compactness1() {
        return mesh.volume() / (Math.pow(mesh.surfaceArea(), 1.5) * Math.sqrt(Math.PI));
    }

    /** @return Compactness 2 = 36πV²/A³ (IBSI compactness 2 BQWJ; deprecated in PyRadiomics) */
    public double compactness2() {
        return 36 * Math.PI * mesh.volume() * mesh.volume() / Math.pow(mesh.surfaceArea(), 3);
    }

    /** @return Spherical Disproportion = A/∛(36πV²) (IBSI spherical disproportion KRCK; deprecated in PyRadiomics) */
    public double sphericalDisproportion() {
        return mesh.surfaceArea() / Math.cbrt(36 * Math.PI * mesh.volume() * mesh.volume());
    }

    /** @return Maximum 3D Diameter: the largest distance between two mesh vertices (IBSI maximum 3D diameter L0JK) */
    public double maximum3DDiameter() {
        return diameters.maximum();
    }

    /**
     * @return Maximum 2D Diameter (Slice): the largest distance between two mesh vertices of equal slice
     *         coordinate, the row–column (usually axial) plane (no IBSI equivalent)
     */
    public double maximum2DDiameterSlice() {
        return diameters.slice();
    }

    /**
     * @return Maximum 2D Diameter (Column): the largest distance between two mesh vertices of equal row
     *         coordinate, the column–slice (usually coronal) plane (no IBSI equivalent)
     */
    public double maximum2DDiameterColumn() {
        return diameters.column();
    }

    /**
     * @return Maximum 2D Diameter (Row): the largest distance between two mesh vertices of equal column
     *         coordinate, the row–slice (usually sagittal) plane (no IBSI equivalent)
     */
    public double maximum2DDiameterRow() {
        return diameters.row();
    }

    /** @return Major Axis Length = 4√λ<sub>major</sub> (IBSI major axis length TDIC) */
    public double majorAxisLength() {
        return axisLength(eigenvalues[2]);
    }

    /** @return Minor Axis Length = 4√λ<sub>minor</sub> (IBSI minor axis length P9VJ) */
    public double minorAxisLength() {
        return axisLength(eigenvalues[1]);
    }

    /** @return Least Axis Length = 4√λ<sub>least</sub>, 0 for a region in one plane (IBSI least axis length 7J51) */
    public double leastAxisLength() {
        return axisLength(eigenvalues[0]);
    }

    /**
     * @return Elongation = √(λ<sub>minor</sub>/λ<sub>major</sub>) (IBSI elongation Q3CK), NaN for a single
     *         voxel (0/0, as in PyRadiomics)
     */
    public double elongation() {
        return ratio(eigenvalues[1], eigenvalues[2]);
    }

    /**
     * @return Flatness = √(λ<sub>least</sub>/λ<sub>major</sub>) (IBSI flatness N17B), 0 for a region in one
     *         plane, NaN for a single voxel
     */
    public double flatness() {
        return ratio(eigenvalues[0], eigenvalues[2]);
    }

    /** 4√λ, NaN for a negative eigenvalue as in PyRadiomics. */
    static double axisLength(final double lambda) {
        return lambda < 0 ? Double.NaN : 4 * Math.sqrt(lambda);
    }

    /** √(λ₁/λ₂), NaN when either is negative or both are 0. */
    static double ratio(final double lambda1, final double lambda2) {
        return lambda1 < 0 || lambda2 < 0 ? Double.NaN : Math.sqrt(lambda1 / lambda2);
    }
}
