package vn.hanoi.papi.calendar;

/**
 * Mean new moons and the sun's apparent longitude, accurate to well under a day for 1800–2200,
 * which is all the lunar calendar needs. Formulas from Jean Meeus, "Astronomical Algorithms",
 * as used by Hồ Ngọc Đức's published Vietnamese lunar calendar algorithm.
 */
final class Astronomy {

    /** Julian day of the new moon of 1900-01-01, the origin of the lunation count {@code k}. */
    static final double NEW_MOON_EPOCH = 2415021.076998695;
    static final double SYNODIC_MONTH = 29.530588853;

    private static final double DEGREE = Math.PI / 180;

    private Astronomy() {
    }

    /** Julian day (with fraction, Universal Time) of the k-th new moon after 1900-01-01. */
    static double newMoon(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEGREE);
        double sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEGREE;
        double moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEGREE;
        double latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEGREE;
        double correction = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly)
                + 0.0021 * Math.sin(2 * sunAnomaly)
                - 0.4068 * Math.sin(moonAnomaly)
                + 0.0161 * Math.sin(2 * moonAnomaly)
                - 0.0004 * Math.sin(3 * moonAnomaly)
                + 0.0104 * Math.sin(2 * latitude)
                - 0.0051 * Math.sin(sunAnomaly + moonAnomaly)
                - 0.0074 * Math.sin(sunAnomaly - moonAnomaly)
                + 0.0004 * Math.sin(2 * latitude + sunAnomaly)
                - 0.0004 * Math.sin(2 * latitude - sunAnomaly)
                - 0.0006 * Math.sin(2 * latitude + moonAnomaly)
                + 0.0010 * Math.sin(2 * latitude - moonAnomaly)
                + 0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
        return jd + correction - deltaT(t);
    }

    /** The sun's apparent longitude in radians, in [0, 2π), at the given Julian day (UT). */
    static double sunLongitude(double julianDay) {
        double t = (julianDay - 2451545.0) / 36525;
        double t2 = t * t;
        double meanAnomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEGREE;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly)
                + 0.000290 * Math.sin(3 * meanAnomaly);
        double longitude = (meanLongitude + centre) * DEGREE;
        return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
    }

    /** Difference between dynamical time and universal time, in days; t in Julian centuries from 1900. */
    private static double deltaT(double t) {
        double t2 = t * t;
        double t3 = t2 * t;
        if (t < -11) {
            return 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        }
        return -0.000278 + 0.000265 * t + 0.000262 * t2;
    }
}
