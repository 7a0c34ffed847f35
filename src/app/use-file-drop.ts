import { useEffect, useRef } from 'react'

/** Files dropped anywhere on the page (a dataset to open), instead of the browser navigating to them. */
export function useFileDrop(onFiles: (files: File[]) => void) {
  const onFilesRef = useRef(onFiles)
  useEffect(() => {
    onFilesRef.current = onFiles
  })
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false
    const handleDragOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault()
    }
    const handleDrop = (event: DragEvent) => {
      if (!hasFiles(event) || event.defaultPrevented) return
      event.preventDefault()
      onFilesRef.current([...(event.dataTransfer?.files ?? [])])
    }
    window.addEventListener('dragover', handleDragOver)
    window.addEventListener('drop', handleDrop)
    // The prerendered page is on screen before this runs; say when dropping a file starts to work.
    document.documentElement.dataset.dropReady = 'true'
    return () => {
      window.removeEventListener('dragover', handleDragOver)
      window.removeEventListener('drop', handleDrop)
    }
  }, [])
}
