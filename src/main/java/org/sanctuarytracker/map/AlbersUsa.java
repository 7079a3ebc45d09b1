package org.sanctuarytracker.map;

import java.util.Optional;

/**
 * The projection us-atlas drew its Albers outlines with, d3.geoAlbersUsa().scale(1300)
 * .translate([487.5, 305]), so a city's latitude and longitude land on the same map: the
 * lower 48 states on a conic equal-area projection, Alaska and Hawaii on their own, moved
 * into insets; Puerto Rico and the U.S. Virgin Islands in a fourth. A point outside the
 * four areas is not on the map.
 */
final class AlbersUsa {

	private static final double K = 1300;

	private static final double X = 487.5;

	private static final double Y = 305;

	private static final Conic LOWER_48 = new Conic(96, -0.6, 38.7, 29.5, 45.5, K, X, Y,
			new double[] { X - 0.455 * K, Y - 0.238 * K, X + 0.455 * K, Y + 0.238 * K });

	private static final Conic ALASKA = new Conic(154, -2, 58.5, 55, 65, 0.35 * K, X - 0.307 * K, Y + 0.201 * K,
			new double[] { X - 0.425 * K, Y + 0.120 * K, X - 0.214 * K, Y + 0.234 * K });

	private static final Conic HAWAII = new Conic(157, -3, 19.9, 8, 18, K, X - 0.205 * K, Y + 0.212 * K,
			new double[] { X - 0.214 * K, Y + 0.166 * K, X - 0.115 * K, Y + 0.234 * K });

	/**
	 * Puerto Rico and the U.S. Virgin Islands, in the inset tools/census/convert.mjs
	 * draws them in (its CARIBBEAN, the same parameters) at the frame's lower right.
	 */
	private static final Conic CARIBBEAN = new Conic(66, 0.1, 18.2, 8, 18, K, 937, 594,
			new double[] { 885, 578, 975, 610 });

	private AlbersUsa() {
	}

	/** The point in the 975 x 610 frame, if it falls within one of the four areas. */
	static Optional<double[]> project(double longitude, double latitude) {
		for (Conic conic : new Conic[] { LOWER_48, ALASKA, HAWAII, CARIBBEAN }) {
			double[] p = conic.project(longitude, latitude);
			if (conic.contains(p)) {
				return Optional.of(p);
			}
		}
		return Optional.empty();
	}

	/**
	 * d3's conic equal-area projection, rotated by a longitude, centred and scaled, with
	 * the extent its inset is clipped to.
	 */
	private static final class Conic {

		private final double rotate;

		private final double n;

		private final double c;

		private final double r0;

		private final double k;

		private final double dx;

		private final double dy;

		private final double[] extent;

		Conic(double rotate, double centerLongitude, double centerLatitude, double parallel0, double parallel1,
				double scale, double translateX, double translateY, double[] extent) {
			this.rotate = Math.toRadians(rotate);
			double sy0 = Math.sin(Math.toRadians(parallel0));
			this.n = (sy0 + Math.sin(Math.toRadians(parallel1))) / 2;
			this.c = 1 + sy0 * (2 * this.n - sy0);
			this.r0 = Math.sqrt(this.c) / this.n;
			this.k = scale;
			// d3 projects the centre without the rotation, then moves it to the
			// translation.
			double[] centre = raw(Math.toRadians(centerLongitude), Math.toRadians(centerLatitude));
			this.dx = translateX - scale * centre[0];
			this.dy = translateY + scale * centre[1];
			this.extent = extent;
		}

		private double[] raw(double lambda, double phi) {
			double r = Math.sqrt(this.c - 2 * this.n * Math.sin(phi)) / this.n;
			return new double[] { r * Math.sin(lambda * this.n), this.r0 - r * Math.cos(lambda * this.n) };
		}

		double[] project(double longitude, double latitude) {
			double lambda = Math.toRadians(longitude) + this.rotate;
			if (lambda > Math.PI) {
				lambda -= 2 * Math.PI;
			}
			else if (lambda < -Math.PI) {
				lambda += 2 * Math.PI;
			}
			double[] p = raw(lambda, Math.toRadians(latitude));
			return new double[] { this.dx + this.k * p[0], this.dy - this.k * p[1] };
		}

		boolean contains(double[] p) {
			return p[0] >= this.extent[0] && p[1] >= this.extent[1] && p[0] < this.extent[2] && p[1] < this.extent[3];
		}

	}

}
