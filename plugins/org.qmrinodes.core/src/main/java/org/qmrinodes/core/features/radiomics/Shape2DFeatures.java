package org.qmrinodes.core.features.radiomics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.qmrinodes.core.data.InvalidDataException;

/**
 * PyRadiomics' 2D shape features ({@code shape2D}) of a region one voxel thick, with {@code force2D}:
 * the plane left after dropping the axis {@code force2Ddimension} ({@link PlaneMask}). A and P are the
 * area and perimeter of its marching-squares contour ({@link MarchingSquares}: the mask padded by one
 * pixel, vertices halfway along the square edges, A the sum of the signed areas of the triangles the
 * segments form with the origin, P the sum of the segment lengths); N<sub>p</sub> is the number of pixels
 * and A<sub>k</sub> the area of one. λ<sub>major</sub> ≥ λ<sub>minor</sub> are the eigenvalues of the
 * covariance of the physical pixel-centre coordinates ({@link PrincipalAxes}). IBSI defines morphology
 * in 3D only, so these have no IBSI identifiers; the 3D analogue is named with each.
 */
public final class Shape2DFeatures {

    private final PlaneMask mask;
    private final int pixelCount;
    private final MarchingSquares.Result contour;
    private final double diameter;
    private final double[] eigenvalues;

    /**
     * @param region the region
     * @param force2Ddimension the axis along which it is one voxel thick: 0 slices, 1 rows, 2 columns
     * @throws InvalidDataException when the region is thicker along that axis
     */
    public Shape2DFeatures(final RegionOfInterest region, final int force2Ddimension) {
        this.mask = PlaneMask.of(region, force2Ddimension);
        this.pixelCount = region.voxelCount();
        this.contour = MarchingSquares.of(mask);
        this.diameter = MeshDiameters.of(mask);
        this.eigenvalues = PrincipalAxes.eigenvalues(PrincipalAxes.coordinates(mask));
    }

    /**
     * @return the features PyRadiomics enables by default, in its order (alphabetical), keyed by
     *         PyRadiomics name (unmodifiable)
     */
    public Map<String, Double> values() {
        final Map<String, Double> out = new LinkedHashMap<>();
        out.put("Elongation", elongation());
        out.put("MajorAxisLength", majorAxisLength());
        out.put("MaximumDiameter", maximumDiameter());
        out.put("MeshSurface", meshSurface());
        out.put("MinorAxisLength", minorAxisLength());
        out.put("Perimeter", perimeter());
        out.put("PerimeterSurfaceRatio", perimeterSurfaceRatio());
        out.put("PixelSurface", pixelSurface());
        out.put("Sphericity", sphericity());
        return Collections.unmodifiableMap(out);
    }

    /** @return the feature PyRadiomics marks deprecated, keyed by PyRadiomics name (unmodifiable) */
    public Map<String, Double> deprecatedValues() {
        return Map.of("SphericalDisproportion", sphericalDisproportion());
    }

    /**
     * @return Mesh Surface A = ½ Σ (a<sub>u</sub>b<sub>v</sub> − b<sub>u</sub>a<sub>v</sub>) over the contour
     *         segments (3D: volume)
     */
    public double meshSurface() {
        return contour.area();
    }

    /** @return Pixel Surface = N<sub>p</sub> A<sub>k</sub> (3D: approximate volume) */
    public double pixelSurface() {
        return pixelCount * mask.spacingU() * mask.spacingV();
    }

    /** @return Perimeter P = Σ |a − b| over the contour segments (3D: surface area) */
    public double perimeter() {
        return contour.perimeter();
    }

    /** @return Perimeter Surface Ratio = P/A (3D: surface to volume ratio) */
    public double perimeterSurfaceRatio() {
        return contour.perimeter() / contour.area();
    }

    /** @return Sphericity = 2√(πA)/P, the perimeter of the circle of area A over P (3D: sphericity) */
    public double sphericity() {
        return 2 * Math.sqrt(Math.PI * contour.area()) / contour.perimeter();
    }

    /** @return Spherical Disproportion = P/(2√(πA)), the inverse of sphericity (deprecated in PyRadiomics) */
    public double sphericalDisproportion() {
        return 1 / sphericity();
    }

    /** @return Maximum Diameter: the largest distance between two contour vertices (3D: maximum 3D diameter) */
    public double maximumDiameter() {
        return diameter;
    }

    /** @return Major Axis Length = 4√λ<sub>major</sub> (3D: major axis length) */
    public double majorAxisLength() {
        return ShapeFeatures.axisLength(eigenvalues[1]);
    }

    /** @return Minor Axis Length = 4√λ<sub>minor</sub> (3D: minor axis length) */
    public double minorAxisLength() {
        return ShapeFeatures.axisLength(eigenvalues[0]);
    }

    /** @return Elongation = √(λ<sub>minor</sub>/λ<sub>major</sub>), NaN for a single pixel (3D: elongation) */
    public double elongation() {
        return ShapeFeatures.ratio(eigenvalues[0], eigenvalues[1]);
    }
}
