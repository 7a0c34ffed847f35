/**
 * The cities run by the central government, provinces of their own ("thành phố Hồ Chí Minh", not "tỉnh Hồ Chí Minh"):
 * a place within one is in "thành phố …".
 */
const centralCities = /^(?:Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|Huế)$/u

export const isCentralCity = (name: string) => centralCities.test(name)
