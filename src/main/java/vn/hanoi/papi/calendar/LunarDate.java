package vn.hanoi.papi.calendar;

/**
 * A day of the lunar calendar. {@code year} is the lunar year that starts on its mùng 1 tháng
 * Giêng, so the last days of tháng Chạp belong to the previous year even in a new solar year.
 */
public record LunarDate(int year, int month, int day, boolean leap) {

    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Tháng âm lịch phải từ 1 đến 12: " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("Ngày âm lịch phải từ 1 đến 30: " + day);
        }
    }

    @Override
    public String toString() {
        return String.format("%02d/%02d%s/%d (âm lịch)", day, month, leap ? " nhuận" : "", year);
    }
}
