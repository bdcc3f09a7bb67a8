package vn.hanoi.papi.units;

public enum UnitLevel {
    CITY, DEPARTMENT, DISTRICT, COMMUNE
}
