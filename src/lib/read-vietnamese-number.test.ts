import { describe, expect, it } from 'vitest'
import type { Comparator } from '../dataset/schema.ts'
import { readAmount, readVietnameseNumber, readVietnameseNumbers } from './read-vietnamese-number.ts'

describe('readVietnameseNumber', () => {
  it.each<[string, number | null]>([
    ['447,229', 447.229],
    ['7.412', 7412],
    ['73,0853', 73.0853],
    ['101.249', 101249],
    ['09', 9],
    ['702,200', 702.2],
    ['1.850', 1850],
    ['9.000', 9000],
    ['1.234.567,89', 1234567.89],
    ['0,25', 0.25],
    ['1.5', null],
    ['12.34', null],
    ['abc', null],
    ['', null],
  ])('%j reads as %s', (text, expected) => {
    expect(readVietnameseNumber(text)).toBe(expected)
  })
})

describe('readVietnameseNumbers', () => {
  it.each<[string, number[]]>([
    ['diện tích tự nhiên là 73,0853 km2', [73.0853]],
    ['8/13 chỉ tiêu', [8, 13]],
    ['1-2 tuyến phố', [1, 2]],
    ['gồm 16 Đảng bộ, 51 chi bộ cơ sở', [16, 51]],
    ['Tổng số đảng viên đến cuối năm 2023 là 7.210 đồng chí.', [2023, 7210]],
    ['trẻ dưới 5 tuổi xuống dưới 3%', [5, 3]],
    ['quy hoạch tỉ lệ 1/2.000', [1, 2000]],
    ['không có số', []],
  ])('%j has %j', (text, expected) => {
    expect(readVietnameseNumbers(text)).toEqual(expected)
  })
})

describe('readAmount', () => {
  it.each<[string, Comparator, number[], string]>([
    ['447,229 tỷ đồng', 'exact', [447.229], 'tỷ đồng'],
    ['từ 0,1% trở lên', 'atLeast', [0.1], '%'],
    ['từ 1.850 lao động trở lên', 'atLeast', [1850], 'lao động'],
    ['96,5% trở lên', 'atLeast', [96.5], '%'],
    ['trên 74%', 'over', [74], '%'],
    ['hơn 1.441 người', 'moreThan', [1441], 'người'],
    ['dưới 3%', 'under', [3], '%'],
    ['1-2 tuyến phố', 'range', [1, 2], 'tuyến phố'],
    ['3–4 trường', 'range', [3, 4], 'trường'],
    ['từ 5 đến 7%', 'range', [5, 7], '%'],
    ['từ 1.200 đến 1.500 lao động', 'range', [1200, 1500], 'lao động'],
    ['100% kế hoạch', 'exact', [100], '% kế hoạch'],
    ['09 phường', 'exact', [9], 'phường'],
    ['73,0853 km2', 'exact', [73.0853], 'km2'],
  ])('%j is %s %j %j', (phrase, comparator, numbers, unitText) => {
    expect(readAmount(phrase)).toEqual({ comparator, numbers, unitText })
  })
})
